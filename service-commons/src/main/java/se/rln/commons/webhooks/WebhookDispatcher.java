package se.rln.commons.webhooks;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends due webhook deliveries: each instance claims a batch ({@code FOR UPDATE SKIP LOCKED},
 * then a lease so no other instance takes it while it is in flight), posts each as a signed
 * structured CloudEvent, and records the attempt. 2xx delivers; {@code 410 Gone} disables the
 * subscription; anything else (another status, a timeout, a refused connection, a target that
 * now resolves to a forbidden address) is retried per {@link RetrySchedule}. An instance that
 * dies mid-flight leaves its claimed deliveries PENDING, and the lease running out hands them
 * to the next pass: at least once, which is why every attempt of one delivery carries the same
 * {@code webhook-id} for the receiver to deduplicate by.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final String CLAIM = """
            UPDATE webhook_delivery d SET next_attempt_at = now() + make_interval(secs => ?)
            FROM webhook_subscription s
            WHERE d.id IN (SELECT id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= now()
                           ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
              AND s.id = d.subscription_id
            RETURNING d.id, d.payload::text, d.attempts, d.created_at, s.id, s.url, s.secret, s.status""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookTargets targets;

    @Inject
    MeterRegistry metrics;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private HttpClient http;
    private Instant lastPurge = Instant.EPOCH;

    private record Claimed(UUID id, String payload, int attempts, Instant createdAt, UUID subscription, String url,
            String secret, String subscriptionStatus) {
    }

    private record Outcome(Integer status, String error, long millis) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        running = true;
        Thread worker = new Thread(this::loop, "webhook-dispatcher");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake.release();
    }

    /** A change with deliveries committed: look now rather than at the next poll. */
    public void wake() {
        if (wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void loop() {
        while (running) {
            try {
                if (dispatchBatch() < config.batchSize()) {
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
                purge();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // the database is away: the deliveries wait in their table
                Log.debugf("webhook dispatch pass failed: %s", e);
                metrics.counter("rln.webhooks.dispatch-failures").increment();
                wakeAfter(config.pollInterval().toMillis() * 5);
            }
        }
    }

    /** One pass: claims due deliveries, sends them concurrently, records the outcomes; returns how many. */
    public int dispatchBatch() throws SQLException {
        List<Claimed> claimed = claim();
        List<CompletableFuture<Outcome>> sent = new ArrayList<>();
        for (Claimed c : claimed) {
            sent.add(send(c));
        }
        for (int i = 0; i < claimed.size(); i++) {
            record(claimed.get(i), sent.get(i).join());
        }
        return claimed.size();
    }

    private List<Claimed> claim() throws SQLException {
        List<Claimed> claimed = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setLong(1, config.timeout().multipliedBy(3).toSeconds() + 5);
            ps.setInt(2, config.batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getObject(5, UUID.class),
                            rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return claimed;
    }

    private CompletableFuture<Outcome> send(Claimed c) {
        if (!"ACTIVE".equals(c.subscriptionStatus())) {
            return CompletableFuture.completedFuture(new Outcome(null, "the subscription is disabled", 0));
        }
        URI uri = URI.create(c.url());
        Optional<String> refused = targets.refusal(uri);
        if (refused.isPresent()) {
            return CompletableFuture.completedFuture(new Outcome(null, "target refused: " + refused.get(), 0));
        }
        long timestamp = Instant.now().getEpochSecond();
        String id = c.id().toString();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("Content-Type", "application/cloudevents+json; charset=utf-8")
                .header("User-Agent", "rln-webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(c.secret(), id, timestamp, c.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(c.payload(), StandardCharsets.UTF_8)).build();
        long started = System.nanoTime();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(r -> new Outcome(r.statusCode(), r.statusCode() / 100 == 2 ? null : "answered " + r.statusCode(),
                        millisSince(started)))
                .exceptionally(e -> new Outcome(null, failure(e), millisSince(started)));
    }

    private void record(Claimed c, Outcome outcome) throws SQLException {
        Instant now = Instant.now();
        String status;
        Instant next = null;
        boolean gone = outcome.status() != null && outcome.status() == 410;
        if (outcome.delivered()) {
            status = "DELIVERED";
            metrics.counter("rln.webhooks.delivered").increment();
        } else {
            metrics.counter("rln.webhooks.failed-attempts").increment();
            next = gone || !"ACTIVE".equals(c.subscriptionStatus()) ? null
                    : RetrySchedule.of(config).next(c.attempts() + 1, c.createdAt(), now).orElse(null);
            status = next == null ? "FAILED" : "PENDING";
        }
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try {
                update(conn, "INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status_code, error, duration_ms) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", c.id(), c.attempts() + 1,
                        Timestamp.from(now), outcome.status(), outcome.error(), (int) outcome.millis());
                update(conn, "UPDATE webhook_delivery SET attempts = attempts + 1, status = ?, next_attempt_at = ?, "
                        + "delivered_at = ? WHERE id = ?", status, next == null ? null : Timestamp.from(next),
                        outcome.delivered() ? Timestamp.from(now) : null, c.id());
                if (gone) {
                    disable(conn, c.subscription(), "the receiver answered 410 Gone on " + now);
                }
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            }
        }
        if (gone) {
            Log.infof("webhook subscription %s disabled: its receiver answered 410 Gone", c.subscription());
        }
    }

    private static void disable(Connection conn, UUID subscription, String reason) throws SQLException {
        update(conn, "UPDATE webhook_subscription SET status = 'DISABLED', disabled_reason = ? WHERE id = ?", reason,
                subscription);
        update(conn, "UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL "
                + "WHERE subscription_id = ? AND status = 'PENDING'", subscription);
    }

    private void purge() throws SQLException {
        if (lastPurge.isAfter(Instant.now().minusSeconds(3600))) {
            return;
        }
        lastPurge = Instant.now();
        try (Connection conn = dataSource.getConnection()) {
            update(conn, "DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND created_at < now() - make_interval(secs => ?)",
                    config.keepFor().toSeconds());
        }
    }

    private static void update(Connection conn, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.executeUpdate();
        }
    }

    private void wakeAfter(long millis) {
        try {
            wake.tryAcquire(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String failure(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
