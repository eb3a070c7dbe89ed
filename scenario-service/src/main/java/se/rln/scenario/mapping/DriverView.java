package se.rln.scenario.mapping;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.scenario.model.Classification;
import se.rln.scenario.model.SteepCategory;
import se.rln.scenario.model.DriverMaths;

@Schema(name = "Driver", requiredProperties = { "id", "groupId", "title", "category", "ratingVersion" })
public record DriverView(UUID id, UUID groupId, String title, String description, SteepCategory category,
        @Schema(description = "The author's display name; absent when unknown or erased") String author,
        @Schema(description = "Set when merged into another driver as a duplicate") UUID mergedInto,
        DriverMaths.Aggregate ratings, Classification classification,
        @Schema(description = "Dots received; absent until the facilitator reveals them") Integer dots,
        long ratingVersion) {
}
