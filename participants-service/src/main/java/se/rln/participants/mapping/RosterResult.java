package se.rln.participants.mapping;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.participants.model.RegistrationStatus;

/** What a roster sync did (or, with dryRun, would do): a summary and a result per row. */
@Schema(name = "RosterResult", requiredProperties = { "dryRun", "summary", "rows", "cancelled" })
public record RosterResult(
        boolean dryRun,
        Summary summary,
        List<Row> rows,
        @Schema(description = "Live registrations not on the list, cancelled by the sync") List<Cancelled> cancelled) {

    /** Counts of the sync. {@code confirmed}/{@code waitlisted}: where the roster's people stand afterwards. */
    public record Summary(int added, int updated, int unchanged, int cancelled, int confirmed, int waitlisted) {
    }

    /** One row of the roster, 1-based in the order sent. */
    public record Row(int row, String externalId, String email,
            @Schema(examples = "ADDED", description = "ADDED, UPDATED, UNCHANGED, or REGISTRATION_CLOSED: not added, registration is closed "
                    + "(after it closes only removals apply; people who attended, did not show up, or whose registration "
                    + "the organiser or they themselves cancelled stay UNCHANGED)") Outcome result,
            RegistrationStatus status, UUID registrationId) {
    }

    /** What the sync did with one row. */
    @Schema(name = "RosterRowResult")
    public enum Outcome {
        ADDED, UPDATED, UNCHANGED,
        /** Not added: registration is closed. */
        REGISTRATION_CLOSED,
        /** Not added to this cohort: the person is enrolled in another cohort of the programme (move them instead). */
        IN_OTHER_COHORT
    }

    /** A registration the sync cancelled. */
    public record Cancelled(UUID registrationId, String externalId, String email) {
    }
}
