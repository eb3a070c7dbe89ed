package se.rln.commons.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.MDC;
import se.rln.commons.cloudevents.CloudEvent;
import se.rln.commons.database.CommitBatches;
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
 * <p>The rows go to the database as one batch just before the transaction commits
 * ({@link CommitBatches}), still under the locks it holds: writing thousands of events in one
 * transaction costs a few round trips, not thousands. The relay is woken once it has committed.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    ObjectMapper json;

    @Inject
    OutboxConfig config;

    @Inject
    CommitBatches batches;

    @Inject
    OutboxRelay relay;

    /**
     * Appends one CloudEvent of {@code kind} about the aggregate {@code aggregateId} (the record
     * key and the CloudEvent subject). {@code data} is serialised as the event's data and must
     * carry the aggregate version.
     *
     * @return the CloudEvent id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(EventKind kind, UUID aggregateId, Object data) {
        UUID id = UUID.randomUUID();
        String topic = kind.topic();
        String aggregateType = kind.aggregateType();
        String type = kind.type();
        CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, id.toString(), config.source(), type, aggregateId.toString(),
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
        batches.add("""
                INSERT INTO outbox (id, aggregate_type, aggregate_id, type, topic, payload, headers)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""", id, aggregateType, aggregateId.toString(), type, topic,
                write(event), write(headers));
        batches.afterCommit(relay::wakeUp);
        return id;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise outbox payload", e);
        }
    }
}
