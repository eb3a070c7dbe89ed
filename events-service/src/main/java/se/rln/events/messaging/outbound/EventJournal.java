package se.rln.events.messaging.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.rln.commons.outbox.Outbox;
import se.rln.events.mapping.EventMapper;
import se.rln.events.mapping.EventView;
import se.rln.events.model.Cohort;
import se.rln.events.model.Event;
import se.rln.events.model.Programme;

/**
 * Every state change of an event (and of a cohort) goes out on {@code leadership.events.v1}, keyed by event id,
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

    /** Flushes and records a change of a cohort (its snapshot carries the new version). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Cohort cohort, Programme programme, CohortType type) {
        em.flush();
        outbox.publish(type, cohort.id, CohortSnapshot.of(cohort, programme));
    }
}
