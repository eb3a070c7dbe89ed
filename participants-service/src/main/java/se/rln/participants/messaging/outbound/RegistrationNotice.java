package se.rln.participants.messaging.outbound;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The data of a webhook delivery: one change of one registration, as the change feed lists it.
 * No names; {@code externalId} (the HR system's id) only to the person's own municipality.
 */
public record RegistrationNotice(
        UUID eventId,
        UUID registrationId,
        UUID participantId,
        String externalId,
        String municipalityCode,
        String change,
        String status,
        OffsetDateTime occurredAt) {
}
