package se.rln.participants.mapping;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.EnrolmentStatus;
import se.rln.participants.model.RegistrationSource;
import se.rln.participants.model.RegistrationStatus;

/** Everything this service holds about one person (GDPR article 15 and 20). */
@Schema(name = "ParticipantExport")
public record ParticipantExport(
        OffsetDateTime exportedAt,
        ParticipantView participant,
        OffsetDateTime createdAt,
        OffsetDateTime lastActivityAt,
        @Schema(description = "Set once the person has been erased") OffsetDateTime erasedAt,
        List<EventRegistration> registrations,
        @Schema(description = "The person's entries in their municipality's change feed") List<ChangeView.Change> changes,
        @Schema(description = "The person's enrolments in programmes' cohorts") List<CohortEnrolment> enrolments,
        @Schema(description = "The person's own answers to days' evaluations (results never show them)")
        List<EvaluationAnswer> evaluationAnswers) {

    /** One enrolment in a cohort. */
    @Schema(name = "ExportedEnrolment")
    public record CohortEnrolment(UUID enrolmentId, UUID cohortId, String cohortName, UUID programmeId, String programmeTitle,
            EnrolmentStatus status, Cancellation cancelledBy, UUID movedTo, OffsetDateTime enrolledAt,
            OffsetDateTime statusChangedAt) {
    }

    /** The person's answers to one day's evaluation. */
    @Schema(name = "ExportedEvaluationAnswer")
    public record EvaluationAnswer(UUID eventId, String eventTitle, LocalDate answeredOn, Map<String, Object> answers) {
    }

    /** One registration, with the event it is for. */
    @Schema(name = "ExportedRegistration")
    public record EventRegistration(UUID registrationId, UUID eventId, String eventTitle, OffsetDateTime eventStartsAt,
            RegistrationStatus status, RegistrationSource source, OffsetDateTime registeredAt,
            OffsetDateTime statusChangedAt) {
    }
}
