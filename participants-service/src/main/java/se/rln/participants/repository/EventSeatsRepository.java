package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.EventStatus;

/** Event replicas with their seat ledgers. */
@ApplicationScoped
public class EventSeatsRepository implements PanacheRepositoryBase<EventSeats, UUID> {

    /**
     * The event's ledger, locked for the rest of the transaction ({@code SELECT … FOR UPDATE}).
     * This lock is the capacity guard: seat decisions on one event happen one at a time,
     * whichever instance makes them.
     */
    public Optional<EventSeats> lock(UUID eventId) {
        return findByIdOptional(eventId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The days of a cohort an enrolment registers on: published (or with registration closed) and
     * not over yet (a day under way included: who joins the cohort in the morning is on today's list).
     */
    public List<EventSeats> comingDaysOf(UUID cohortId, OffsetDateTime now) {
        return list("cohortId = ?1 and status in ?2 and endsAt > ?3 order by startsAt, eventId", cohortId,
                List.of(EventStatus.PUBLISHED, EventStatus.REGISTRATION_CLOSED), now);
    }

    /** Every day of a cohort, by start. */
    public List<EventSeats> daysOf(UUID cohortId) {
        return list("cohortId = ?1 order by startsAt, eventId", cohortId);
    }
}
