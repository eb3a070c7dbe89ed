package se.rln.events.messaging.outbound;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.rln.commons.rest.Times;
import se.rln.events.model.Cohort;
import se.rln.events.model.Programme;

/**
 * The data of every cohort CloudEvent on {@code leadership.events.v1} (key: cohort id): the
 * cohort after the change with its new {@code version}, and what of its programme the consumers
 * need (its owner and completion rule).
 */
public record CohortSnapshot(
        UUID id,
        long version,
        UUID programmeId,
        String programmeTitle,
        UUID ownerOrganisationId,
        Integer completionMinimumDays,
        String name,
        int capacity,
        List<EventSnapshot.Allotment> seatAllotments,
        OffsetDateTime updatedAt) {

    public static CohortSnapshot of(Cohort c, Programme p) {
        return new CohortSnapshot(c.id, c.version, p.id, p.title, p.ownerOrganisationId, p.completionMinimumDays, c.name,
                c.capacity, c.seatAllotments.stream().map(a -> new EventSnapshot.Allotment(a.municipalityCode, a.seats))
                        .toList(),
                Times.local(c.updatedAt));
    }
}
