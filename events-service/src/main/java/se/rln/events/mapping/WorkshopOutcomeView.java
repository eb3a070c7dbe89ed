package se.rln.events.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A workshop's outcome attached to its event. */
@Schema(name = "WorkshopOutcome")
public record WorkshopOutcomeView(UUID workshopId, UUID eventId, String title, long version, OffsetDateTime completedAt,
        @Schema(description = "Per group: focal question, horizon, axes with poles, the four scenarios, strategies "
                + "with their robustness (as scenario-service publishes them)", type = SchemaType.ARRAY,
                implementation = OutcomeGroupView.class) JsonNode groups) {
}
