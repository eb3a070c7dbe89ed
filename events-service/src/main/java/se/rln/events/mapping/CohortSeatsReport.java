package se.rln.events.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;
import se.rln.events.model.CohortSeatStatistics;

/**
 * What events-service reads from the data of an {@code enrolment.*} CloudEvent: the cohort's
 * seat ledger after the change, with its version (monotonic per cohort). Other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CohortSeatsReport(UUID cohortId, long version, Seats seats) {

    /** Totals and per-municipality counts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Seats(int confirmed, int waitlisted, List<CohortSeatStatistics.Taken> byMunicipality) {
    }
}
