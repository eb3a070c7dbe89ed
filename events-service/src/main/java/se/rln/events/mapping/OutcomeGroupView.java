package se.rln.events.mapping;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of one group of a workshop outcome as scenario-service publishes it in
 * {@code workshop.completed} and this service keeps it (the document's schema of
 * {@link WorkshopOutcomeView#groups()}).
 */
@Schema(name = "WorkshopOutcomeGroup")
public record OutcomeGroupView(
        @Schema(examples = "Grupp 1") String name,
        @Schema(examples = "Hur ser ledarskapet i socialtjänsten ut i Skåne år 2035?") String focalQuestion,
        @Schema(examples = "2035") String horizon,
        Axes axes,
        List<Scenario> scenarios,
        @Schema(description = "Most robust first") List<Strategy> strategies) {

    /** The two axes of the cross. */
    @Schema(name = "WorkshopOutcomeAxes")
    public record Axes(Axis horizontal, Axis vertical) {
    }

    /** One axis: its driver and poles. */
    @Schema(name = "WorkshopOutcomeAxis")
    public record Axis(UUID driverId, @Schema(examples = "Digitalisering av välfärden") String driverTitle,
            @Schema(examples = "Analog välfärd") String lowPole, @Schema(examples = "Digital välfärd") String highPole) {
    }

    /** One of the four scenarios. */
    @Schema(name = "WorkshopOutcomeScenario")
    public record Scenario(@Schema(enumeration = { "NE", "NW", "SW", "SE" }) String quadrant, String horizontalPole,
            String verticalPole, @Schema(examples = "Den digitala tilliten") String name, String narrative,
            List<String> implications, List<String> earlyIndicators, long version) {
    }

    /** A strategy and how it holds in each scenario. */
    @Schema(name = "WorkshopOutcomeStrategy")
    public record Strategy(UUID id, UUID groupId, @Schema(examples = "Gemensam introduktion för nya chefer i regionen") String title,
            String description, @Schema(description = "Quadrant → HOLDS, PARTLY or FAILS") Map<String, String> assessments,
            int robustness, boolean robust, long version) {
    }
}
