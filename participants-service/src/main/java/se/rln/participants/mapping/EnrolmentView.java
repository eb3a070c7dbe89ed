package se.rln.participants.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.EnrolmentStatus;
import se.rln.participants.model.RegistrationSource;
import se.rln.participants.model.RegistrationStatus;

/** An enrolment in a cohort as clients see it, with the person's registration on each of the cohort's days. */
@Schema(name = "Enrolment", requiredProperties = { "id", "cohortId", "programmeId", "participant", "municipalityCode", "status", "source", "days", "completion", "enrolledAt", "statusChangedAt", "version" })
public record EnrolmentView(
        UUID id,
        UUID cohortId,
        UUID programmeId,
        ParticipantView participant,
        @Schema(examples = "2181") String municipalityCode,
        @Schema(examples = "CONFIRMED") EnrolmentStatus status,
        RegistrationSource source,
        @Schema(description = "1-based place in the cohort's waitlist while WAITLISTED", examples = "2") Long waitlistPlace,
        @Schema(description = "Who cancelled it; MOVED when the person moved to another cohort") Cancellation cancelledBy,
        @Schema(description = "The enrolment in the cohort the person moved to") UUID movedTo,
        @Schema(description = "The person's registration on each day of the cohort, by date") List<Day> days,
        @Schema(description = "Days attended against the programme's completion rule") Completion completion,
        OffsetDateTime enrolledAt,
        OffsetDateTime statusChangedAt,
        long version) {

    /** The person's registration on one day of the cohort. */
    @Schema(name = "EnrolmentDay", requiredProperties = { "eventId", "registrationId", "status" })
    public record Day(UUID eventId, UUID registrationId, RegistrationStatus status) {
    }
}
