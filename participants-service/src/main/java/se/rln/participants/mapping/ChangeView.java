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

    /** One change of one registration, or of one enrolment in a cohort. */
    @Schema(name = "Change", requiredProperties = { "participantId", "change", "status", "occurredAt" })
    public record Change(
            @Schema(description = "The event of a registration change (absent for an enrolment change)") UUID eventId,
            @Schema(description = "The registration changed (absent for an enrolment change)") UUID registrationId,
            UUID participantId, String externalId,
            @Schema(examples = "promoted", description = "Of a registration: confirmed, waitlisted, promoted, demoted (lost its "
                    + "seat to a cut; now at the head of the waitlist), cancelled, attended, no-show. Of an enrolment in a "
                    + "cohort: enrolment-confirmed, enrolment-waitlisted, enrolment-promoted, enrolment-cancelled (the whole "
                    + "programme), enrolment-moved (to another cohort). A registration with an enrolmentId is one day of that "
                    + "enrolment: its cancelled alone is that one day.")
            String change,
            @Schema(examples = "CONFIRMED") String status, OffsetDateTime occurredAt,
            @Schema(description = "The cohort, for an enrolment change or a registration that is one day of an enrolment")
            UUID cohortId,
            @Schema(description = "The enrolment changed, or whose day the registration is") UUID enrolmentId) {
    }
}
