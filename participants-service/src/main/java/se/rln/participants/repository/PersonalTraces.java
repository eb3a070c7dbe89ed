package se.rln.participants.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

/**
 * What the service's mechanisms keep beside a person's own rows that can carry their data: the
 * stored replies of Idempotency-Key requests (a registration's answer holds the name and e-mail)
 * and the webhook deliveries kept for their history (which hold the HR id).
 */
@ApplicationScoped
public class PersonalTraces {

    @Inject
    EntityManager em;

    /** Drops the person's stored replies and their HR id from kept deliveries. */
    public void forget(UUID participantId) {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE response_body -> 'participant' ->> 'id' = ?1")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("idempotency_key")
                .setParameter(1, participantId.toString()).executeUpdate();
        em.createNativeQuery("UPDATE webhook_delivery SET payload = jsonb_set(payload, '{data,externalId}', 'null') "
                + "WHERE payload -> 'data' ->> 'participantId' = ?1 AND payload -> 'data' ->> 'externalId' IS NOT NULL")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("webhook_delivery")
                .setParameter(1, participantId.toString()).executeUpdate();
    }
}
