package se.rln.scenario.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.scenario.model.PassKind;

/** A pass handed out: its bearer token (for this workshop only) and until when it counts. */
@Schema(name = "WorkshopPassToken", requiredProperties = { "passId", "token", "kind", "workshopId", "expiresAt" })
public record PassTokenView(UUID passId, String token, PassKind kind, UUID workshopId,
        @Schema(description = "The member's person (participants' passes)") UUID participantId,
        @Schema(description = "The member's group, once seated") UUID groupId, String displayName, OffsetDateTime expiresAt) {
}
