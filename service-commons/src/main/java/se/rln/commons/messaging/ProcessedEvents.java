package se.rln.commons.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Idempotent consumers: records that a consumer applied a CloudEvent, in the same transaction
 * as the effect. A redelivery (after a crash before the offset commit, a rebalance, or the
 * relay republishing) finds the row and is skipped. Two instances racing on the same event
 * serialise on the primary key; the loser sees the winner's row once it commits.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /** @return true the first time this consumer sees this event id; false for a duplicate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }
}
