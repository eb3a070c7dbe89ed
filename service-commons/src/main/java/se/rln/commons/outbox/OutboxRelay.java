package se.rln.commons.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes outbox rows to Kafka, oldest first, and deletes them once the broker has
 * acknowledged them ({@code acks=all}, idempotent producer).
 *
 * <p>One relay per database is active at a time: each pass takes a transaction-scoped
 * advisory lock, so several instances of a service never publish concurrently, and order per
 * key holds. A pass that fails (Kafka away) rolls back: the rows stay and are retried with
 * exponential backoff. Rows whose send succeeded before the failure are sent again, which is
 * why consumers deduplicate by CloudEvent id (at-least-once, never lost).
 */
@ApplicationScoped
public class OutboxRelay {

    /** pg advisory lock key: "rln-outbox" as a number, the same in every service's own database. */
    public static final long LOCK_KEY = 0x726c6e2d6f7574L;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxConfig config;

    @Inject
    RelayProducer producers;

    @Inject
    MeterRegistry metrics;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread worker;
    private volatile Instant lastSuccess = Instant.EPOCH;
    private volatile String lastError;
    private Counter published;
    private Counter failures;

    void start(@Observes StartupEvent event) {
        published = metrics.counter("rln.outbox.published");
        failures = metrics.counter("rln.outbox.failures");
        if (!config.enabled()) {
            Log.info("Outbox relay disabled on this instance");
            return;
        }
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wake.release();
        Thread t = worker;
        if (t != null) {
            try {
                t.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called after a transaction that wrote outbox rows commits: publish without waiting for the next poll. */
    public void wakeUp() {
        wake.release();
    }

    public String lastError() {
        return lastError;
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    /** Rows not yet acknowledged by Kafka. */
    public long backlog() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                int count = relayBatch();
                lastSuccess = Instant.now();
                if (lastError != null) {
                    Log.info("Outbox relay publishes again");
                    lastError = null;
                }
                backoff = config.initialBackoff();
                if (count < config.batchSize()) {
                    wake.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.increment();
                producers.reset();
                if (lastError == null) {
                    Log.warnf("Outbox relay cannot publish, will retry with backoff: %s", e.toString());
                }
                lastError = e.toString();
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0 ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    private void pause(Duration duration) {
        long until = System.nanoTime() + duration.toNanos();
        // Wake-ups from new commits do not shorten a backoff; only shutdown does.
        while (running && System.nanoTime() < until) {
            try {
                TimeUnit.MILLISECONDS.sleep(Math.min(100, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * One pass: publishes up to a batch of rows and returns how many, or 0 when another
     * instance holds the relay lock of this database. The relay thread calls it; it is public
     * so that operators' tooling and tests can drive a pass.
     */
    public int relayBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int count = relayBatch(c);
                c.commit();
                return count;
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    private int relayBatch(Connection c) throws Exception {
        try (PreparedStatement lock = c.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<OutboxRow> rows = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("""
                SELECT id, topic, aggregate_id, payload::text, headers::text
                FROM outbox ORDER BY seq LIMIT ?""")) {
            select.setInt(1, config.batchSize());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
        }
        if (rows.isEmpty()) {
            return 0;
        }
        KafkaProducer<String, String> producer = producers.producer();
        producers.ensureTopics(rows.stream().map(OutboxRow::topic).distinct().toList());
        List<Future<RecordMetadata>> sent = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            Future<RecordMetadata> f = producer.send(producers.record(row));
            if (f.isDone()) {
                f.get(); // a send that failed at once (no metadata: Kafka away) fails the pass without waiting per row
            }
            sent.add(f);
        }
        producer.flush();
        for (Future<RecordMetadata> f : sent) {
            f.get();
        }
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM outbox WHERE id = ANY (?)")) {
            delete.setArray(1, c.createArrayOf("uuid", rows.stream().map(OutboxRow::id).toArray()));
            delete.executeUpdate();
        }
        published.increment(rows.size());
        return rows.size();
    }

    /** One row of the outbox table as the relay reads it. */
    record OutboxRow(UUID id, String topic, String key, String payload, String headers) {
    }
}
