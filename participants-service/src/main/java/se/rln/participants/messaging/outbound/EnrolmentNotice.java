package se.rln.participants.messaging.outbound;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The data of a webhook delivery of an enrolment change, to the person's municipality, as the
 * change feed lists it. No names; the HR system's id is the municipality's own key.
 */
public record EnrolmentNotice(
        UUID cohortId,
        UUID programmeId,
        UUID enrolmentId,
        UUID participantId,
        String externalId,
        String municipalityCode,
        String change,
        String status,
        UUID movedTo,
        OffsetDateTime occurredAt) {
}
