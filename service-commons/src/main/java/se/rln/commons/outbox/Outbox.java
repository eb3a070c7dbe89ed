package se.rln.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.MDC;
import se.rln.commons.cloudevents.CloudEvent;
import se.rln.commons.rest.RequestIds;

/**
 * Writes domain events to the outbox table in the caller's transaction; the
 * {@link OutboxRelay} publishes them after commit.
 *
 * <p>Ordering per aggregate: call {@link #publish} only while holding the aggregate's row lock
 * (its UPDATE flushed, or a {@code SELECT … FOR UPDATE}). Then the outbox row takes its
 * sequence number under that lock; a later change of the same aggregate waits for the lock,
 * takes a higher number and becomes visible later. The relay publishes in sequence order,
 * hence in order per aggregate key.
 *
 * <p>The insert declares its table to Hibernate, so it does not flush the session: writing
 * thousands of events in one transaction stays linear.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    OutboxConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * Appends one CloudEvent. {@code data} is serialised as the event's data and must carry
     * the aggregate version.
     *
     * @return the CloudEvent id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String aggregateType, String aggregateId, String type, Object data) {
        UUID id = UUID.randomUUID();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), config.source(), type, aggregateId,
                OffsetDateTime.now(ZoneOffset.UTC), "application/json", json.valueToTree(data));
        Map<String, String> headers = new LinkedHashMap<>();
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            headers.put(RequestIds.HEADER, requestId.toString());
        }
        Object traceparent = MDC.get(RequestIds.TRACEPARENT);
        if (traceparent != null) {
            headers.put(RequestIds.TRACEPARENT, traceparent.toString());
        }
        em.createNativeQuery("""
                INSERT INTO outbox (id, aggregate_type, aggregate_id, type, topic, payload, headers)
                VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb), CAST(?7 AS jsonb))""")
                .unwrap(NativeQuery.class).addSynchronizedQuerySpace("outbox")
                .setParameter(1, id)
                .setParameter(2, aggregateType)
                .setParameter(3, aggregateId)
                .setParameter(4, type)
                .setParameter(5, topic)
                .setParameter(6, write(event))
                .setParameter(7, write(headers))
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    private void wakeRelayAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise outbox payload", e);
        }
    }
}
