package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.Collection;
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
     * The ledgers of several events, locked like {@link #lock} in one statement, one after the
     * other in the order of their ids as PostgreSQL sorts them (the order every transaction that
     * locks several takes them in). Events without a replica are not there.
     */
    public List<EventSeats> lockAll(Collection<UUID> eventIds) {
        return getEntityManager().createQuery("select e from EventSeats e where e.eventId in ?1 order by e.eventId",
                EventSeats.class).setParameter(1, eventIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
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
