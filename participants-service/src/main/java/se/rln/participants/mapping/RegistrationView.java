package se.rln.participants.mapping;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.participants.model.RegistrationSource;
import se.rln.participants.model.RegistrationStatus;

/** A registration as clients see it. */
@Schema(name = "Registration", requiredProperties = { "id", "eventId", "participant", "municipalityCode", "status", "source", "registeredAt", "statusChangedAt", "version" })
public record RegistrationView(
        UUID id,
        UUID eventId,
        ParticipantView participant,
        @Schema(examples = "1280") String municipalityCode,
        @Schema(examples = "WAITLISTED") RegistrationStatus status,
        RegistrationSource source,
        @Schema(description = "1-based place in the waitlist while WAITLISTED", examples = "3") Long waitlistPlace,
        @Schema(description = "The cohort enrolment this registration is one day of") UUID enrolmentId,
        OffsetDateTime registeredAt,
        OffsetDateTime statusChangedAt,
        long version) {
}
