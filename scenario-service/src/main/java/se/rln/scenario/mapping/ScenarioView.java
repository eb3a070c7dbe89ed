package se.rln.scenario.mapping;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.scenario.model.Quadrant;

@Schema(name = "Scenario", requiredProperties = { "quadrant", "version" })
public record ScenarioView(Quadrant quadrant, String horizontalPole, String verticalPole, String name, String narrative,
        List<String> implications, List<String> earlyIndicators, long version) {
}
