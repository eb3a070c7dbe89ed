package se.rln.scenario.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.inject.Inject;
import java.util.UUID;
import se.rln.scenario.model.EventReplica;

@ApplicationScoped
public class EventReplicaRepository implements PanacheRepositoryBase<EventReplica, UUID> {

    @Inject
    EntityManager em;

    /**
     * The event's row, created if new, and locked until the transaction ends: the one lock that
     * orders workshop creation and attendee changes of an event.
     */
    public EventReplica lock(UUID eventId) {
        em.createNativeQuery("INSERT INTO event_replica (event_id) VALUES (?1) ON CONFLICT DO NOTHING")
                .setParameter(1, eventId).executeUpdate();
        return findById(eventId, LockModeType.PESSIMISTIC_WRITE);
    }
}
