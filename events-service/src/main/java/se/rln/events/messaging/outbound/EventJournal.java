package se.rln.events.messaging.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.rln.commons.outbox.Outbox;
import se.rln.events.mapping.EventMapper;
import se.rln.events.mapping.EventView;
import se.rln.events.model.Event;

/**
 * Every state change of an event goes out on {@code leadership.events.v1}, keyed by event id,
 * as a CloudEvent of an {@link EventType} whose data is the {@link EventSnapshot} (with its new
 * version), written to the outbox in the changing transaction.
 */
@ApplicationScoped
public class EventJournal {

    public static final String TOPIC = "leadership.events.v1";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    EventMapper mapper;

    /**
     * Flushes the change (so the snapshot carries the incremented version), records it, and
     * answers the event as the API shows it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventView record(Event event, EventType type) {
        em.flush();
        outbox.publish(type, event.id, EventSnapshot.of(event));
        return mapper.view(event);
    }
}
