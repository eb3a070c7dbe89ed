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
 * as a CloudEvent whose data is the full snapshot (with its new version), written to the
 * outbox in the changing transaction.
 */
@ApplicationScoped
public class EventJournal {

    public static final String TOPIC = "leadership.events.v1";
    public static final String CREATED = "event.created";
    public static final String UPDATED = "event.updated";
    public static final String PUBLISHED = "event.published";
    public static final String REGISTRATION_CLOSED = "event.registration-closed";
    public static final String CANCELLED = "event.cancelled";
    public static final String COMPLETED = "event.completed";

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    EventMapper mapper;

    /** Flushes the change (so the snapshot carries the incremented version) and records it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public EventView record(Event event, String type) {
        em.flush();
        EventView snapshot = mapper.view(event);
        outbox.publish(TOPIC, "event", event.id.toString(), type, snapshot);
        return snapshot;
    }
}
