package se.rln.participants.messaging.outbound;

import java.util.List;
import java.util.UUID;

/**
 * Data of every CloudEvent on {@code leadership.registrations.v1} (key: event id): what
 * happened to one registration, and the event's whole seat ledger afterwards with its
 * version, so a consumer can keep seat statistics without replaying history.
 */
public record RegistrationChange(
        UUID eventId,
        long version,
        UUID registrationId,
        UUID participantId,
        String municipalityCode,
        String status,
        Seats seats) {

    /** Totals of the event and per municipality. */
    public record Seats(int capacity, int confirmed, int waitlisted, int attended, int noShow, int cancelled,
            List<MunicipalityCount> byMunicipality) {
    }

    /** Counts of one municipality. */
    public record MunicipalityCount(String municipalityCode, int allotted, int confirmed, int waitlisted, int attended,
            int noShow, int cancelled) {
    }
}
