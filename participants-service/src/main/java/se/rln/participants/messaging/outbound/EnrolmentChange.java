package se.rln.participants.messaging.outbound;

import java.util.List;
import java.util.UUID;

/**
 * Data of every enrolment CloudEvent on {@code leadership.registrations.v1} (key: cohort id):
 * what happened to one enrolment, and the cohort's seat ledger afterwards with its version.
 */
public record EnrolmentChange(
        UUID cohortId,
        UUID programmeId,
        long version,
        UUID enrolmentId,
        UUID participantId,
        String municipalityCode,
        String status,
        UUID movedTo,
        Seats seats) {

    /** Totals of the cohort and per municipality. */
    public record Seats(int capacity, int confirmed, int waitlisted, List<MunicipalityCount> byMunicipality) {
    }

    /** Counts of one municipality. */
    public record MunicipalityCount(String municipalityCode, int allotted, int confirmed, int waitlisted) {
    }
}
