package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import se.rln.participants.model.EventSeats;

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
}
