package se.rln.scenario.messaging.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import se.rln.commons.outbox.Outbox;

/**
 * Every change of a workshop goes out on {@code leadership.workshops.v1}, keyed by workshop id,
 * through the outbox in the changing transaction, as one of the {@link WorkshopEvent} types.
 * The same records feed every instance's live streams (the inbound live feed), so SSE clients
 * on any instance see every change.
 */
@ApplicationScoped
public class WorkshopJournal {

    public static final String TOPIC = "leadership.workshops.v1";

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(WorkshopEvent event) {
        outbox.publish(event, event.workshopId(), event);
    }
}
