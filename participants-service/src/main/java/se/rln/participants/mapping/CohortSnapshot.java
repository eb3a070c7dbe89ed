package se.rln.participants.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;

/** The part of events-service's cohort snapshot (cohort.* on {@code leadership.events.v1}) this service keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CohortSnapshot(
        UUID id,
        long version,
        UUID programmeId,
        String programmeTitle,
        UUID ownerOrganisationId,
        Integer completionMinimumDays,
        String name,
        int capacity,
        List<EventSnapshot.Allotment> seatAllotments) {
}
