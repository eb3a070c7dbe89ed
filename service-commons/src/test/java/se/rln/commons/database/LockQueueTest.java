package se.rln.commons.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;

class LockQueueTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private static LockQueue queue(Duration maxWait, int maxWaiting) {
        LockQueue queue = new LockQueue();
        queue.maxWait = maxWait;
        queue.maxWaiting = maxWaiting;
        queue.metrics = new SimpleMeterRegistry();
        return queue;
    }

    @Test
    void waitersForOneKeyGoOneAtATimeInArrivalOrder() throws Exception {
        LockQueue queue = queue(Duration.ofSeconds(30), 100);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> order = new CopyOnWriteArrayList<>();
        CompletableFuture<?> head = CompletableFuture.runAsync(() -> queue.inLine("event-1", () -> {
            holding.countDown();
            await(release);
            return null;
        }), threads);
        holding.await(10, TimeUnit.SECONDS);
        List<CompletableFuture<?>> waiters = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            waiters.add(CompletableFuture.runAsync(() -> queue.inLine("event-1", () -> order.add(n)), threads));
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> queueLength(queue, "event-1") == n + 1);
        }
        assertEquals(List.of(), order, "nobody passes the head while it holds the line");
        release.countDown();
        head.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<?> w : waiters) {
            w.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(0, 1, 2, 3, 4), order);
    }

    @Test
    void aLineThatDoesNotMoveWithinTheWaitAnswersBusyWithRetryAfter() throws Exception {
        LockQueue queue = queue(Duration.ofMillis(200), 100);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<?> head = holdLine(queue, "event-2", release);
        try {
            ProblemException stuck = assertThrows(ProblemException.class, () -> queue.inLine("event-2", () -> "never"));
            assertEquals(503, stuck.status());
            assertEquals(1, stuck.retryAfterSeconds());
            assertEquals("overloaded", stuck.slug());
            assertEquals(1.0, queue.metrics.counter("rln.lock_queue.refusals").count());
        } finally {
            release.countDown();
        }
        head.get(10, TimeUnit.SECONDS);
        assertEquals("free again", queue.inLine("event-2", () -> "free again"));
    }

    @Test
    void aFullLineAnswersBusyAtOnce() throws Exception {
        LockQueue queue = queue(Duration.ofSeconds(30), 1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<?> head = holdLine(queue, "event-3", release);
        CompletableFuture<String> waiter;
        try {
            waiter = CompletableFuture.supplyAsync(() -> queue.inLine("event-3", () -> "waited"), threads);
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> queueLength(queue, "event-3") == 1);
            ProblemException full = assertThrows(ProblemException.class, () -> queue.inLine("event-3", () -> "never"));
            assertEquals(503, full.status());
            assertEquals("the line for this resource is full; nothing was changed, retry shortly (with the same "
                    + "Idempotency-Key where you sent one)", full.getMessage());
        } finally {
            release.countDown();
        }
        head.get(10, TimeUnit.SECONDS);
        assertEquals("waited", waiter.get(10, TimeUnit.SECONDS), "who was in line is served");
    }

    @Test
    void behindWorkThatFoundTheDatabaseAwayTheLineAnswersAtOnceWithoutTrying() {
        LockQueue queue = queue(Duration.ofSeconds(30), 100);
        assertThrows(IllegalStateException.class, () -> queue.inLine("event-4", () -> {
            throw new IllegalStateException("not the database");
        }));
        assertEquals("ran", queue.inLine("event-4", () -> "ran"), "an ordinary failure changes nothing for the next");

        RuntimeException away = new RuntimeException(new java.sql.SQLException("Connection refused", "08001"));
        assertThrows(RuntimeException.class, () -> queue.inLine("event-4", () -> {
            throw away;
        }));
        java.util.concurrent.atomic.AtomicBoolean tried = new java.util.concurrent.atomic.AtomicBoolean();
        ProblemException told = assertThrows(ProblemException.class, () -> queue.inLine("event-4", () -> tried.getAndSet(true)));
        assertEquals(503, told.status());
        assertEquals("database-unavailable", told.slug());
        assertEquals(5, told.retryAfterSeconds());
        assertEquals(false, tried.get(), "the work behind was not tried");
        assertEquals("other line", queue.inLine("event-5", () -> "other line"));
    }

    private CompletableFuture<?> holdLine(LockQueue queue, String key, CountDownLatch release) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<?> head = CompletableFuture.runAsync(() -> queue.inLine(key, () -> {
            holding.countDown();
            await(release);
            return null;
        }), threads);
        holding.await(10, TimeUnit.SECONDS);
        return head;
    }

    private static int queueLength(LockQueue queue, Object key) {
        return queue.line(key).getQueueLength();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
