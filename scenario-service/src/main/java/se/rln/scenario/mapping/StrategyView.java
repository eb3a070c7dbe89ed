package se.rln.scenario.mapping;

import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.scenario.model.Quadrant;
import se.rln.scenario.model.Verdict;

@Schema(name = "Strategy", requiredProperties = { "id", "groupId", "title", "robustness", "robust", "version" })
public record StrategyView(UUID id, UUID groupId, String title, String description, Map<Quadrant, Verdict> assessments,
        @Schema(description = "In how many of the four scenarios it holds") int robustness,
        @Schema(description = "Holds in all four") boolean robust, long version) {
}
