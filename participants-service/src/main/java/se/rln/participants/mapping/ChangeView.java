package se.rln.participants.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a municipality's change feed. Keep {@code cursor} and pass it next time. */
@Schema(name = "ChangePage", requiredProperties = { "items", "cursor", "more" })
public record ChangeView(
        List<Change> items,
        @Schema(description = "Where to continue; always present, also when nothing changed") String cursor,
        @Schema(description = "Whether more changes are waiting now") boolean more) {

    /** One change of one registration. */
    @Schema(name = "Change", requiredProperties = { "eventId", "registrationId", "participantId", "change", "status", "occurredAt" })
    public record Change(UUID eventId, UUID registrationId, UUID participantId, String externalId,
            @Schema(examples = "promoted", description = "confirmed, waitlisted, promoted, demoted (lost its seat to a cut; now at the head of the waitlist), cancelled, attended, no-show")
            String change,
            @Schema(examples = "CONFIRMED") String status, OffsetDateTime occurredAt) {
    }
}
