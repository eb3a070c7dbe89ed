package se.rln.scenario.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new workshop: standalone, or for an event (whose organisers then run it too). */
@Schema(name = "WorkshopInput")
public record WorkshopRequest(
        @Schema(examples = "Scenariokorset: socialtjänsten 2035") @NotBlank @Size(max = 200) String title,
        @Schema(description = "The event it belongs to, if any") UUID eventId,
        @Schema(description = "Token subjects of further facilitators") @Size(max = 20) List<@NotBlank @Size(max = 200) String> facilitators,
        @Schema(description = "Dots per person for dot voting (default 5)", examples = "5") @Min(0) @Max(20) Integer dotBudget,
        @Schema(description = "Ratings a driver needs to count as rated (default 3)", examples = "3") @Min(1) @Max(50) Integer minRatings) {
}
