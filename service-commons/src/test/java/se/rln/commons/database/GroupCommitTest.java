package se.rln.commons.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;

/**
 * The group commit's own rules, with transactions that only count: works waiting for one key
 * are done together in arrival order, a failure costs nobody else their answer, waiting is
 * bounded, and an outage is told at once.
 */
class GroupCommitTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final AtomicInteger commits = new AtomicInteger();
    private final AtomicInteger rollbacks = new AtomicInteger();
    /** The works of each transaction, by the name each work added. */
    private final List<List<String>> transactions = new CopyOnWriteArrayList<>();
    private final ThreadLocal<List<String>> current = new ThreadLocal<>();

    private final GroupCommit.Transactions counting = new GroupCommit.Transactions() {
        @Override
        public <T> T inNewTransaction(Supplier<T> work) {
            List<String> names = new ArrayList<>();
            current.set(names);
            try {
                T result = work.get();
                commits.incrementAndGet();
                transactions.add(names);
                return result;
            } catch (RuntimeException e) {
                rollbacks.incrementAndGet();
                throw e;
            } finally {
                current.remove();
            }
        }
    };

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private GroupCommit commit(Duration maxWait, int maxWaiting, int maxBatch) {
        return commit(maxWait, maxWaiting, maxBatch, 2);
    }

    private GroupCommit commit(Duration maxWait, int maxWaiting, int maxBatch, int committers) {
        GroupCommit commit = new GroupCommit(maxWait, maxWaiting, maxBatch, committers, counting);
        commit.metrics = new SimpleMeterRegistry();
        return commit;
    }

    private Supplier<String> named(String name) {
        return () -> {
            current.get().add(name);
            return name + " done";
        };
    }

    @Test
    void worksThatWaitedAreDoneTogetherInArrivalOrderEachWithItsOwnAnswer() throws Exception {
        GroupCommit commit = commit(Duration.ofSeconds(30), 100, 64);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> head = hold(commit, "event-1", release);
        List<CompletableFuture<String>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Supplier<String> work = named("r" + i);
            waiting.add(CompletableFuture.supplyAsync(() -> commit.submit("event-1", work), threads));
            int n = i + 2;
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiters(commit, "event-1") == n);
        }
        release.countDown();
        assertEquals("head done", head.get(10, TimeUnit.SECONDS));
        for (int i = 0; i < 5; i++) {
            assertEquals("r" + i + " done", waiting.get(i).get(10, TimeUnit.SECONDS));
        }
        assertEquals(List.of(List.of("head"), List.of("r0", "r1", "r2", "r3", "r4")), transactions);
        assertEquals(2, commits.get(), "six works, two commits");
    }

    @Test
    void aBatchLooksUpWhatItsWorksNeedOnceBeforeThemAndAWorkDoneAloneLooksUpAlone() throws Exception {
        GroupCommit commit = commit(Duration.ofSeconds(30), 100, 64);
        List<String> lookedUp = new CopyOnWriteArrayList<>();
        GroupCommit.BatchLookup<String> lookup = inputs -> {
            lookedUp.add(String.join(",", inputs));
            current.get().add("lookup " + String.join(",", inputs));
        };
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> head = hold(commit, "event-9", release);
        List<CompletableFuture<String>> waiting = new ArrayList<>();
        for (String name : List.of("a", "b", "c")) {
            Supplier<String> work = "b".equals(name) ? () -> {
                current.get().add("b");
                throw ProblemException.conflict("registration-closed", "registration is not open");
            } : named(name);
            waiting.add(CompletableFuture.supplyAsync(() -> commit.submit("event-9", lookup, name, work), threads));
            int n = waiting.size() + 1;
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiters(commit, "event-9") == n);
        }
        CompletableFuture<String> plain = CompletableFuture.supplyAsync(() -> commit.submit("event-9", named("plain")), threads);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiters(commit, "event-9") == 5);
        release.countDown();
        head.get(10, TimeUnit.SECONDS);
        assertEquals("a done", waiting.get(0).get(10, TimeUnit.SECONDS));
        assertThrows(ExecutionException.class, () -> waiting.get(1).get(10, TimeUnit.SECONDS));
        assertEquals("c done", waiting.get(2).get(10, TimeUnit.SECONDS));
        assertEquals("plain done", plain.get(10, TimeUnit.SECONDS));
        // the batch of four looked up a, b and c once and rolled back (b failed); then each alone, looking up alone
        assertEquals(List.of("a,b,c", "a", "b", "c"), lookedUp);
        assertEquals(List.of(List.of("head"), List.of("lookup a", "a"), List.of("lookup c", "c"), List.of("plain")), transactions);
        assertEquals(2, rollbacks.get());
    }

    @Test
    void theLinesOfSeveralKeysWaitingAreDoneInOneTransactionKeyByKeyInLockOrderEachInArrivalOrder() throws Exception {
        GroupCommit commit = commit(Duration.ofSeconds(30), 100, 64, 1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> head = hold(commit, "event-h", release);
        List<CompletableFuture<String>> waiting = new ArrayList<>();
        String[][] arrivals = {{"event-c", "c1"}, {"event-a", "a1"}, {"event-b", "b1"}, {"event-a", "a2"}, {"event-h", "h1"}};
        for (String[] arrival : arrivals) {
            Supplier<String> work = named(arrival[1]);
            waiting.add(CompletableFuture.supplyAsync(() -> commit.submit(arrival[0], work), threads));
            int n = waiting.size() + 1;
            Awaitility.await().atMost(Duration.ofSeconds(10))
                    .until(() -> List.of("event-a", "event-b", "event-c", "event-h").stream().mapToInt(k -> waiters(commit, k)).sum() == n);
        }
        release.countDown();
        head.get(10, TimeUnit.SECONDS);
        for (int i = 0; i < arrivals.length; i++) {
            assertEquals(arrivals[i][1] + " done", waiting.get(i).get(10, TimeUnit.SECONDS));
        }
        // the held line was on the committer: h1 waited for the next batch, which took every line waiting
        assertEquals(List.of(List.of("head"), List.of("a1", "a2", "b1", "c1", "h1")), transactions);
    }

    @Test
    void aLineOnACommitterIsNotTakenByAnother() throws Exception {
        GroupCommit commit = commit(Duration.ofSeconds(30), 100, 64, 2);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> head = hold(commit, "event-x", release);
        CompletableFuture<String> behind = CompletableFuture.supplyAsync(() -> commit.submit("event-x", named("behind")), threads);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiters(commit, "event-x") == 2);
        try {
            assertEquals("elsewhere done", commit.submit("event-y", named("elsewhere")), "the other committer is free");
            assertFalse(behind.isDone(), "the work behind the held one waits for its line, not for the free committer");
        } finally {
            release.countDown();
        }
        assertEquals("behind done", behind.get(10, TimeUnit.SECONDS));
        assertEquals(List.of(List.of("elsewhere"), List.of("head"), List.of("behind")), transactions);
    }

    @Test
    void uuidKeysAreLockedInTheOrderPostgresqlSortsThem() {
        // PostgreSQL compares uuids byte by byte, unsigned; UUID.compareTo compares signed longs
        UUID low = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID high = UUID.fromString("80000000-0000-0000-0000-000000000000");
        UUID highLow = UUID.fromString("80000000-0000-0000-8000-000000000000");
        assertTrue(high.compareTo(low) < 0, "UUID's own order puts the high one first");
        assertTrue(GroupCommit.inLockOrder(low, high) < 0);
        assertTrue(GroupCommit.inLockOrder(high, highLow) < 0);
        assertEquals(0, GroupCommit.inLockOrder(high, UUID.fromString(high.toString())));
        assertTrue(GroupCommit.inLockOrder("event-a", "event-b") < 0);
    }

    @Test
    void aBatchIsNeverLargerThanItsLimit() throws Exception {
        GroupCommit commit = commit(Duration.ofSeconds(30), 100, 2);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> head = hold(commit, "event-2", release);
        List<CompletableFuture<String>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "r" + i;
            waiting.add(CompletableFuture.supplyAsync(() -> commit.submit("event-2", named(name)), threads));
            int n = i + 2;
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiters(commit, "event-2") == n);
        }
        release.countDown();
        head.get(10, TimeUnit.SECONDS);
        for (CompletableFuture<String> w : waiting) {
            w.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(List.of("head"), List.of("r0", "r1"), List.of("r2", "r3"), List.of("r4")), transactions);
    }

    @Test
    void oneFailingWorkRollsItsBatchBackAndEachIsThenDoneAlone() throws Exception {
        GroupCommit commit = commit(Duration.ofSeconds(30), 100, 64);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> head = hold(commit, "event-3", release);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> commit.submit("event-3", named("first")), threads);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiters(commit, "event-3") == 2);
        CompletableFuture<String> closed = CompletableFuture.supplyAsync(() -> commit.submit("event-3", () -> {
            current.get().add("closed");
            throw ProblemException.conflict("registration-closed", "registration is not open");
        }), threads);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiters(commit, "event-3") == 3);
        CompletableFuture<String> last = CompletableFuture.supplyAsync(() -> commit.submit("event-3", named("last")), threads);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiters(commit, "event-3") == 4);
        release.countDown();
        head.get(10, TimeUnit.SECONDS);
        assertEquals("first done", first.get(10, TimeUnit.SECONDS));
        assertEquals("last done", last.get(10, TimeUnit.SECONDS));
        ExecutionException refused = assertThrows(ExecutionException.class, () -> closed.get(10, TimeUnit.SECONDS));
        assertEquals("registration is not open", refused.getCause().getMessage());
        // the batch of three rolled back; then first and last committed alone, and closed failed alone
        assertEquals(List.of(List.of("head"), List.of("first"), List.of("last")), transactions);
        assertEquals(2, rollbacks.get());
    }

    @Test
    void aLineThatDoesNotMoveWithinTheWaitAnswersBusyAndDoesNothing() throws Exception {
        GroupCommit commit = commit(Duration.ofMillis(200), 100, 64);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> head = hold(commit, "event-4", release);
        AtomicBoolean ran = new AtomicBoolean();
        try {
            ProblemException stuck = assertThrows(ProblemException.class, () -> commit.submit("event-4", () -> ran.getAndSet(true)));
            assertEquals(503, stuck.status());
            assertEquals(1, stuck.retryAfterSeconds());
            assertEquals("overloaded", stuck.slug());
            assertEquals(1.0, commit.metrics.counter("rln.group_commit.refusals").count());
        } finally {
            release.countDown();
        }
        head.get(10, TimeUnit.SECONDS);
        assertEquals("free done", commit.submit("event-4", named("free")));
        assertFalse(ran.get(), "the refused work was never done");
    }

    @Test
    void aFullLineAnswersBusyAtOnceAndWhoWaitsIsServed() throws Exception {
        GroupCommit commit = commit(Duration.ofSeconds(30), 2, 64);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> head = hold(commit, "event-5", release);
        CompletableFuture<String> waiter = CompletableFuture.supplyAsync(() -> commit.submit("event-5", named("waiter")), threads);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waiters(commit, "event-5") == 2);
        try {
            ProblemException full = assertThrows(ProblemException.class, () -> commit.submit("event-5", named("never")));
            assertEquals(503, full.status());
            assertEquals("the line for this resource is full; nothing was changed, retry shortly (with the same "
                    + "Idempotency-Key where you sent one)", full.getMessage());
        } finally {
            release.countDown();
        }
        head.get(10, TimeUnit.SECONDS);
        assertEquals("waiter done", waiter.get(10, TimeUnit.SECONDS));
    }

    @Test
    void behindABatchThatFoundTheDatabaseAwayTheLineAnswersAtOnceWithoutTrying() {
        GroupCommit commit = commit(Duration.ofSeconds(30), 100, 64);
        assertThrows(IllegalStateException.class, () -> commit.submit("event-6", () -> {
            throw new IllegalStateException("not the database");
        }));
        assertEquals("ran done", commit.submit("event-6", named("ran")), "an ordinary failure changes nothing for the next");
        RuntimeException away = new RuntimeException(new SQLException("Connection refused", "08001"));
        assertThrows(RuntimeException.class, () -> commit.submit("event-6", () -> {
            throw away;
        }));
        AtomicBoolean tried = new AtomicBoolean();
        ProblemException told = assertThrows(ProblemException.class, () -> commit.submit("event-6", () -> tried.getAndSet(true)));
        assertEquals(503, told.status());
        assertEquals("database-unavailable", told.slug());
        assertEquals(5, told.retryAfterSeconds());
        assertFalse(tried.get(), "the work behind was not tried");
        assertEquals("other done", commit.submit("event-7", named("other")), "other lines are not affected");
    }

    @Test
    void aHeldLineDoesNotHoldUpAnotherKey() throws Exception {
        GroupCommit commit = commit(Duration.ofSeconds(30), 100, 64);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> head = hold(commit, "event-8", release);
        try {
            assertEquals("elsewhere done", commit.submit("event-9", named("elsewhere")));
            assertTrue(!head.isDone());
        } finally {
            release.countDown();
        }
        head.get(10, TimeUnit.SECONDS);
    }

    @Test
    void anInstanceShuttingDownRefusesNewWorkWithABusyAnswer() {
        GroupCommit commit = commit(Duration.ofSeconds(30), 100, 64);
        commit.stop(null);
        AtomicBoolean ran = new AtomicBoolean();
        ProblemException refused = assertThrows(ProblemException.class, () -> commit.submit("event-10", () -> ran.getAndSet(true)));
        assertEquals(503, refused.status());
        assertTrue(refused.getMessage().startsWith("this instance is shutting down"), refused.getMessage());
        assertFalse(ran.get());
        assertEquals(0, commit.waiting("event-10"));
    }

    /** A work for {@code key} that holds its transaction open until {@code release}. */
    private CompletableFuture<String> hold(GroupCommit commit, String key, CountDownLatch release) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CompletableFuture<String> head = CompletableFuture.supplyAsync(() -> commit.submit(key, () -> {
            current.get().add("head");
            holding.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "head done";
        }), threads);
        assertTrue(holding.await(10, TimeUnit.SECONDS), "the head began");
        return head;
    }

    private static int waiters(GroupCommit commit, Object key) {
        return commit.waiting(key);
    }
}
