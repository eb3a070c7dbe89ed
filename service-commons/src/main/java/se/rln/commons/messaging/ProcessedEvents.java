package se.rln.commons.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    @Inject
    ObjectMapper json;

    /** @return true the first time this consumer sees this event id; false for a duplicate. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }

    /**
     * The ids among {@code eventIds} this consumer sees for the first time, recorded in one
     * statement (a poll's worth at once); an id given twice is new at most once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(String consumer, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        String ids;
        try {
            ids = json.writeValueAsString(eventIds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event ids cannot be written as JSON", e);
        }
        @SuppressWarnings("unchecked")
        List<String> fresh = em.createNativeQuery("""
                INSERT INTO processed_event (consumer, event_id)
                SELECT ?1, id FROM jsonb_array_elements_text(CAST(?2 AS jsonb)) AS ids(id)
                ON CONFLICT DO NOTHING RETURNING event_id""").setParameter(1, consumer).setParameter(2, ids).getResultList();
        return new HashSet<>(fresh);
    }
}
