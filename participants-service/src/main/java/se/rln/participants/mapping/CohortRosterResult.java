package se.rln.participants.mapping;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.participants.model.EnrolmentStatus;

/** What a cohort roster sync did (or, with dryRun, would do): a summary and a result per row. */
@Schema(name = "CohortRosterResult", requiredProperties = { "dryRun", "summary", "rows", "cancelled" })
public record CohortRosterResult(
        boolean dryRun,
        RosterResult.Summary summary,
        List<Row> rows,
        @Schema(description = "Live enrolments not on the list, cancelled by the sync with their coming days") List<Cancelled> cancelled) {

    /** One row of the roster, 1-based in the order sent. */
    @Schema(name = "CohortRosterRow")
    public record Row(int row, String externalId, String email,
            @Schema(examples = "ADDED", description = "ADDED, UPDATED, UNCHANGED, REGISTRATION_CLOSED (the cohort has no "
                    + "published day to come) or IN_OTHER_COHORT (enrolled in another cohort of the programme: move them)")
            RosterResult.Outcome result,
            EnrolmentStatus status, UUID enrolmentId) {
    }

    /** An enrolment the sync cancelled. */
    @Schema(name = "CohortRosterCancelled")
    public record Cancelled(UUID enrolmentId, String externalId, String email) {
    }
}
