package se.rln.commons.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import se.rln.commons.cloudevents.CloudEvent;
import se.rln.commons.database.CommitBatches;
import se.rln.commons.outbox.OutboxConfig;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.Cursor;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.PageRequest;

/**
 * Webhook subscriptions and their deliveries, in the service's own database (tables
 * {@code webhook_subscription}, {@code webhook_delivery}, {@code webhook_attempt}). A change
 * {@link #enqueue}s one delivery per matching subscription in the transaction that makes it, so a
 * delivery exists exactly when the change committed; {@link WebhookDispatcher} sends them.
 *
 * <p>A subscription has a {@code scope} (what it hears, e.g. {@code municipality:1280}) and an
 * {@code owner} (who manages it); the service decides both from the caller.
 */
@ApplicationScoped
public class Webhooks {

    /** Subscriptions per owner: a list small enough to answer whole. */
    public static final int MAX_PER_OWNER = 50;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Object WAKE_KEY = Webhooks.class;
    private static final Object SCOPES_KEY = Webhooks.class.getName() + ":scopes";
    private static final String ENQUEUE = """
            INSERT INTO webhook_delivery (id, subscription_id, type, payload, next_attempt_at)
            SELECT gen_random_uuid(), s.id, ?, CAST(? AS jsonb), now() FROM webhook_subscription s
            WHERE s.scope = ? AND s.status = 'ACTIVE'
              AND (jsonb_array_length(s.types) = 0 OR s.types @> jsonb_build_array(CAST(? AS text)))""";
    private static final String SUBSCRIPTION = "SELECT id, scope, owner, url, types::text, description, status, "
            + "disabled_reason, created_at FROM webhook_subscription ";

    @Inject
    EntityManager em;

    @Inject
    CommitBatches batches;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    WebhookTargets targets;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    ObjectMapper mapper;

    @Inject
    OutboxConfig outbox;

    /** A subscription as stored; the secret is never read back. */
    public record Subscription(UUID id, String scope, String owner, String url, List<String> types, String description,
            String status, String disabledReason, OffsetDateTime createdAt) {
    }

    /** A new subscription with its signing secret, shown this once. */
    public record Created(Subscription subscription, String secret) {
    }

    /** One attempt to deliver. */
    public record Attempt(int attempt, OffsetDateTime attemptedAt, Integer statusCode, String error, int durationMs) {
    }

    /** One change on its way to one subscription; its id is the {@code webhook-id} of every attempt. */
    public record Delivery(UUID id, UUID subscriptionId, String type, String status, int attempts,
            OffsetDateTime createdAt, OffsetDateTime nextAttemptAt, OffsetDateTime deliveredAt, List<Attempt> history) {
    }

    @Transactional
    public Created subscribe(String scope, String owner, String url, List<String> types, String description) {
        targets.checked("url", url);
        long owned = ((Number) em.createNativeQuery("SELECT count(*) FROM webhook_subscription WHERE owner = ?1")
                .setParameter(1, owner).getSingleResult()).longValue();
        if (owned >= MAX_PER_OWNER) {
            throw ProblemException.conflict("too-many-webhooks", "at most " + MAX_PER_OWNER
                    + " webhook subscriptions per owner; delete one first");
        }
        UUID id = UUID.randomUUID();
        String secret = WebhookSignature.newSecret();
        em.createNativeQuery("INSERT INTO webhook_subscription (id, scope, owner, url, secret, types, description) "
                + "VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb), ?7)").setParameter(1, id).setParameter(2, scope)
                .setParameter(3, owner).setParameter(4, url.strip()).setParameter(5, secret).setParameter(6, json(types))
                .setParameter(7, description).executeUpdate();
        return new Created(find(id).orElseThrow(), secret);
    }

    @Transactional
    public Optional<Subscription> find(UUID id) {
        List<?> rows = em.createNativeQuery(SUBSCRIPTION + "WHERE id = ?1").setParameter(1, id).getResultList();
        return rows.stream().map(r -> subscription((Object[]) r)).findFirst();
    }

    /** The subscriptions of the given owners (all of them when {@code owners} is null: an admin). */
    @Transactional
    public List<Subscription> ownedBy(List<String> owners) {
        var query = owners == null
                ? em.createNativeQuery(SUBSCRIPTION + "ORDER BY created_at, id LIMIT 1000")
                : em.createNativeQuery(SUBSCRIPTION + "WHERE owner IN (?1) ORDER BY created_at, id").setParameter(1, owners);
        return query.getResultList().stream().map(r -> subscription((Object[]) r)).toList();
    }

    @Transactional
    public void delete(UUID id) {
        em.createNativeQuery("DELETE FROM webhook_subscription WHERE id = ?1").setParameter(1, id).executeUpdate();
    }

    /** Newest first, with their attempts. */
    @Transactional
    public Page<Delivery> deliveries(UUID subscriptionId, String status, PageRequest<OffsetDateTime> page) {
        StringBuilder sql = new StringBuilder("SELECT id, subscription_id, type, status, attempts, created_at, "
                + "next_attempt_at, delivered_at FROM webhook_delivery WHERE subscription_id = ?1");
        Map<Integer, Object> parameters = new HashMap<>(Map.of(1, subscriptionId));
        if (status != null) {
            sql.append(" AND status = ?2");
            parameters.put(2, status);
        }
        if (!page.first()) {
            sql.append(" AND (created_at, id) < (?3, ?4)");
            parameters.put(3, page.after().value());
            parameters.put(4, page.after().id());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ").append(page.limit() + 1);
        var query = em.createNativeQuery(sql.toString());
        parameters.forEach(query::setParameter);
        List<Object[]> rows = new ArrayList<>();
        query.getResultList().forEach(r -> rows.add((Object[]) r));
        Map<UUID, List<Attempt>> history = attempts(rows.stream().map(r -> (UUID) r[0]).toList());
        return page.page(rows, r -> delivery(r, history.getOrDefault((UUID) r[0], List.of())),
                r -> new Cursor<>(time(r[5]), (UUID) r[0]));
    }

    /** Queues a delivery again now, keeping its id and history; a disabled subscription answers 409. */
    @Transactional
    public Delivery redeliver(Subscription subscription, UUID deliveryId) {
        if (!"ACTIVE".equals(subscription.status())) {
            throw ProblemException.conflict("webhook-disabled", "the subscription is disabled ("
                    + subscription.disabledReason() + "); subscribe again to receive deliveries");
        }
        int updated = em.createNativeQuery("UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = now(), "
                + "delivered_at = NULL WHERE id = ?1 AND subscription_id = ?2")
                .setParameter(1, deliveryId).setParameter(2, subscription.id()).executeUpdate();
        if (updated == 0) {
            throw ProblemException.notFound("delivery", deliveryId);
        }
        batches.afterCommit(dispatcher::wake);
        List<?> rows = em.createNativeQuery("SELECT id, subscription_id, type, status, attempts, created_at, "
                + "next_attempt_at, delivered_at FROM webhook_delivery WHERE id = ?1").setParameter(1, deliveryId)
                .getResultList();
        Object[] row = (Object[]) rows.get(0);
        return delivery(row, attempts(List.of(deliveryId)).getOrDefault(deliveryId, List.of()));
    }

    /** A change's CloudEvent (structured mode), the same id for every subscription that hears it. */
    public String cloudEvent(String id, String type, String subject, Object data) {
        try {
            return mapper.writeValueAsString(new CloudEvent(CloudEvent.SPEC_VERSION, id, outbox.source(), type, subject,
                    OffsetDateTime.now(ZoneOffset.UTC), "application/json", mapper.valueToTree(data)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In the changing transaction: one delivery of the CloudEvent (see {@link #cloudEvent}) to every
     * active subscription of {@code scope} that takes {@code type}. Written with the transaction's
     * other rows just before it commits; the dispatcher is woken once it has. The CloudEvent is
     * made only when the scope has a subscription: which scopes have one is read once per
     * transaction (a change committing with it is heard by the subscriptions active when it began
     * telling them), so the common change that nobody subscribed to costs no statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String scope, String type, Supplier<String> cloudEvent) {
        if (!subscribedScopes().contains(scope)) {
            return;
        }
        batches.add(ENQUEUE, type, cloudEvent.get(), scope, type);
        if (transactions.getResource(WAKE_KEY) == null) {
            transactions.putResource(WAKE_KEY, Boolean.TRUE);
            batches.afterCommit(dispatcher::wake);
        }
    }

    @SuppressWarnings("unchecked")
    private Set<String> subscribedScopes() {
        Set<String> scopes = (Set<String>) transactions.getResource(SCOPES_KEY);
        if (scopes == null) {
            scopes = new HashSet<>(em.createNativeQuery("SELECT DISTINCT scope FROM webhook_subscription WHERE status = 'ACTIVE'")
                    .unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("webhook_subscription")
                    .getResultList());
            transactions.putResource(SCOPES_KEY, scopes);
        }
        return scopes;
    }

    private Map<UUID, List<Attempt>> attempts(List<UUID> deliveries) {
        Map<UUID, List<Attempt>> history = new HashMap<>();
        if (deliveries.isEmpty()) {
            return history;
        }
        List<?> rows = em.createNativeQuery("SELECT delivery_id, attempt, attempted_at, status_code, error, duration_ms "
                + "FROM webhook_attempt WHERE delivery_id IN (?1) ORDER BY attempt").setParameter(1, deliveries)
                .getResultList();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            history.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new Attempt(((Number) r[1]).intValue(),
                    time(r[2]), r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4], ((Number) r[5]).intValue()));
        }
        return history;
    }

    private static Subscription subscription(Object[] r) {
        return new Subscription((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], types((String) r[4]),
                (String) r[5], (String) r[6], (String) r[7], time(r[8]));
    }

    private static Delivery delivery(Object[] r, List<Attempt> history) {
        return new Delivery((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(), time(r[5]),
                "PENDING".equals(r[3]) ? time(r[6]) : null, time(r[7]), history);
    }

    static OffsetDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime t) {
            return t.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static List<String> types(String json) {
        try {
            return Arrays.asList(JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
