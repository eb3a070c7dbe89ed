package se.rln.commons.database;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.rln.commons.problem.ProblemException;

/**
 * A line, in memory and in arrival order, for work that will lock one database row (an event's
 * seat ledger): only the head of the line holds a pooled connection while the others wait here,
 * so a rush on one row cannot take every connection and starve the rest of the service. Waiting
 * is bounded: a line that is too long, or that does not move within the wait, answers 503 with
 * Retry-After and nothing is done. While the database is away, those behind a request that found
 * it away are told so at once (503) instead of each waiting out a connection attempt in single
 * file. Across instances the row lock still decides; this only keeps
 * each instance's waiters off the pool.
 *
 * <p>Keys share one of {@value #STRIPES} fair lines by hash, so memory stays fixed however many
 * keys there are; two keys in one line only wait for each other within one instance.
 */
@ApplicationScoped
public class LockQueue {

    static final int STRIPES = 1024;

    /** How long a line remembers that its last work found the database away. */
    static final long OUTAGE_MEMORY_NANOS = 1_000_000_000L;

    private final Semaphore[] lines = new Semaphore[STRIPES];
    /** When each line's work last found the database away (System.nanoTime); read and written by its holder. */
    private final long[] lastOutage = new long[STRIPES];

    /** Longest wait in line; below the gateway's 30 s answer timeout, so a refusal is a 503 and not a 504. */
    @ConfigProperty(name = "rln.lock-queue.max-wait", defaultValue = "20s")
    Duration maxWait;

    @ConfigProperty(name = "rln.lock-queue.max-waiting", defaultValue = "1000")
    int maxWaiting;

    @Inject
    MeterRegistry metrics;

    public LockQueue() {
        for (int i = 0; i < STRIPES; i++) {
            lines[i] = new Semaphore(1, true);
            lastOutage[i] = System.nanoTime() - OUTAGE_MEMORY_NANOS - 1;
        }
    }

    /** Runs {@code work} (which opens and ends its own transaction) when it is first in {@code key}'s line. */
    public <T> T inLine(Object key, Supplier<T> work) {
        Semaphore line = line(key);
        if (line.getQueueLength() >= maxWaiting) {
            throw refused("the line for this resource is full");
        }
        boolean admitted;
        try {
            admitted = line.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw refused("the request was interrupted while waiting");
        }
        if (!admitted) {
            throw refused("the line for this resource did not move within " + maxWait.toSeconds() + " s");
        }
        try {
            if (System.nanoTime() - lastOutage[stripe(key)] < OUTAGE_MEMORY_NANOS) {
                // the work before in this line just found the database away: do not wait out another
                // connection attempt in single file, tell the client at once
                throw ProblemException.databaseUnavailable();
            }
            return work.get();
        } catch (RuntimeException e) {
            if (DatabaseOutages.isOutage(e)) {
                lastOutage[stripe(key)] = System.nanoTime();
            }
            throw e;
        } finally {
            line.release();
        }
    }

    Semaphore line(Object key) {
        return lines[stripe(key)];
    }

    private static int stripe(Object key) {
        return Math.floorMod(key.hashCode(), STRIPES);
    }

    private ProblemException refused(String why) {
        metrics.counter("rln.lock_queue.refusals").increment();
        return ProblemException.busy(why + "; nothing was changed, retry shortly (with the same Idempotency-Key "
                + "where you sent one)", 1);
    }
}
