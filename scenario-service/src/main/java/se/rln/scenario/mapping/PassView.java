package se.rln.scenario.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.scenario.model.PassKind;

/** A pass as its facilitator sees it (never its token). */
@Schema(name = "WorkshopPass", requiredProperties = { "id", "kind", "issuedAt", "expiresAt", "valid" })
public record PassView(UUID id, PassKind kind, UUID participantId, String displayName, String municipalityCode,
        OffsetDateTime issuedAt, OffsetDateTime expiresAt, OffsetDateTime revokedAt, boolean valid) {
}
