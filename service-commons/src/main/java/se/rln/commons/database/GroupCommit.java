package se.rln.commons.database;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import se.rln.commons.problem.ProblemException;

/**
 * Group commit for work that locks one database row per key (an event's seat ledger): requests
 * for one key wait here in a line, in arrival order, and a committer does the waiting ones
 * together, up to {@code rln.group-commit.max-batch} at a time, in one transaction: the row is
 * locked once and the transaction commits once for all of them, while each keeps its own
 * effects, its own answer and (its request context made current while it runs) its own caller
 * and request id.
 *
 * <p>A committer takes the works of every line waiting for one, not only of the first: under a
 * rush spread over many keys (registrations for ten events) one transaction still carries many
 * works, not one or two. It does the lines in one order of their keys ({@link #inLockOrder}),
 * so that two batches never wait for each other's rows in a circle, and each line's works in
 * arrival order. A line is on one committer at a time, so the works of one key are never split
 * over two transactions waiting for the same row.
 *
 * <p>When any work of a batch fails, the batch is rolled back and each of its works runs again
 * alone, in a transaction of its own, so one request's mistake never costs another its answer.
 * While the database is away (a batch found it so within the last second) the works waiting get
 * {@code 503 database-unavailable} at once instead of each waiting out a connection attempt.
 *
 * <p>Waiting is bounded, and a refusal changes nothing: a line longer than
 * {@code rln.group-commit.max-waiting}, or a work not begun within {@code rln.group-commit.max-wait}
 * (kept below the gateway's 30 s answer timeout, so that a refusal is a 503 and not a 504),
 * answers 503 with Retry-After. Only the committers hold pooled connections, so a rush on one row
 * cannot take every connection from the rest of the service. Across instances the row lock still
 * decides.
 */
@ApplicationScoped
public class GroupCommit {

    /** How long a line remembers that its last batch found the database away. */
    static final long OUTAGE_MEMORY_NANOS = 1_000_000_000L;

    /**
     * What the works of one batch look up together before any of them runs, in their transaction:
     * one query for all of them instead of one each (the people of a batch of registrations, say).
     * It runs on the committer in no request's context, so it may only read or reserve what each
     * work then decides on with its own caller; a work must also do right when it was not prepared.
     */
    @FunctionalInterface
    public interface BatchLookup<I> {
        void prepare(List<I> inputs);
    }

    /** Runs a batch in a transaction of its own (a seam for the unit test). */
    public interface Transactions {
        <T> T inNewTransaction(Supplier<T> work);
    }

    @ConfigProperty(name = "rln.group-commit.max-wait", defaultValue = "20s")
    Duration maxWait;

    @ConfigProperty(name = "rln.group-commit.max-waiting", defaultValue = "1000")
    int maxWaiting;

    @ConfigProperty(name = "rln.group-commit.max-batch", defaultValue = "64")
    int maxBatch;

    /**
     * Committer threads: up to this many transactions at once, each with the lines it took. Few are
     * enough (a busy committer's lines wait for the next, and grow its batch meanwhile); more only
     * help while transactions wait on something other than this instance's CPU.
     */
    @ConfigProperty(name = "rln.group-commit.committers", defaultValue = "2")
    int committers;

    @Inject
    MeterRegistry metrics;

    private Transactions transactions = new Transactions() {
        @Override
        public <T> T inNewTransaction(Supplier<T> work) {
            return QuarkusTransaction.requiringNew().call(work::get);
        }
    };

    private final Map<Object, Line> lines = new ConcurrentHashMap<>();
    /** Lines with works waiting and no committer on them yet, in the order they began to wait. */
    private final ConcurrentLinkedQueue<Line> ready = new ConcurrentLinkedQueue<>();
    private ExecutorService workers;

    public GroupCommit() {
    }

    /** A group commit outside CDI (the unit test): its own limits, transactions and committers. */
    GroupCommit(Duration maxWait, int maxWaiting, int maxBatch, int committers, Transactions transactions) {
        this.maxWait = maxWait;
        this.maxWaiting = maxWaiting;
        this.maxBatch = maxBatch;
        this.committers = committers;
        this.transactions = transactions;
        start();
    }

    @PostConstruct
    void start() {
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(committers, r -> {
            Thread t = new Thread(r, "group-commit-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void stop(@Observes ShutdownEvent shutdown) {
        workers.shutdown();
    }

    /**
     * Does {@code work} inside a transaction shared with the other works of {@code key} waiting
     * now, and answers its result (or throws what it threw, having been run alone). The work must
     * not open or end the transaction itself.
     */
    public <T> T submit(Object key, Supplier<T> work) {
        return submit(key, null, null, work);
    }

    /**
     * As {@link #submit(Object, Supplier)}, with {@code input} handed to {@code lookup} together
     * with the inputs of the other works of its batch (those submitted with the same lookup),
     * once, before any of them runs; again alone when the work is done alone.
     */
    public <I, T> T submit(Object key, BatchLookup<I> lookup, I input, Supplier<T> work) {
        Line line = lines.computeIfAbsent(key, Line::new);
        if (line.waiting.get() >= maxWaiting) {
            throw refused("the line for this resource is full");
        }
        Item item = new Item(line, work, lookup, input);
        line.waiting.incrementAndGet();
        line.queue.add(item);
        try {
            line.schedule();
        } catch (RejectedExecutionException stopping) {
            if (line.queue.remove(item)) {
                line.waiting.decrementAndGet();
                throw refused("this instance is shutting down");
            }
        }
        try {
            return cast(await(line, item));
        } finally {
            line.waiting.decrementAndGet();
        }
    }

    /** How many works of {@code key} are in line or being done (for tests and metrics). */
    int waiting(Object key) {
        Line line = lines.get(key);
        return line == null ? 0 : line.waiting.get();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object result) {
        return (T) result;
    }

    private Object await(Line line, Item item) {
        try {
            return item.outcome.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (line.queue.remove(item)) {
                throw refused("the line for this resource did not move within " + maxWait.toSeconds() + " s");
            }
            // a committer has taken it: it is being done now, and answers soon
            return join(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (line.queue.remove(item)) {
                throw refused("the request was interrupted while waiting");
            }
            return join(item);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    private static Object join(Item item) {
        try {
            return item.outcome.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while its work was being done", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    private static RuntimeException unwrap(ExecutionException e) {
        return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }

    private ProblemException refused(String why) {
        (metrics == null ? Metrics.globalRegistry : metrics).counter("rln.group_commit.refusals").increment();
        return ProblemException.busy(why + "; nothing was changed, retry shortly (with the same Idempotency-Key "
                + "where you sent one)", 1);
    }

    /**
     * Takes the lines that wait for a committer, in the order they began to wait, and as many of
     * their works as one batch holds; commits them together; then lets each line go back in line
     * (more waited) or rest. Every line made ready is followed by one such call, so none waits
     * without a committer coming; a call that finds every line taken does nothing.
     */
    private void commitReady() {
        List<Share> shares = new ArrayList<>();
        int taken = 0;
        for (Line line = ready.poll(); line != null; line = taken < maxBatch ? ready.poll() : null) {
            Share share = new Share(line, line.take(maxBatch - taken));
            taken += share.items().size();
            shares.add(share);
        }
        try {
            commit(shares);
        } finally {
            shares.forEach(share -> share.line().release());
        }
    }

    /**
     * One transaction for the works of every line taken, the lines in lock order and each line's
     * works in arrival order. A line whose last batch found the database away within the last
     * second answers at once instead.
     */
    private void commit(List<Share> shares) {
        shares.sort(Comparator.comparing(Share::line, Comparator.comparing(line -> line.key, GroupCommit::inLockOrder)));
        List<Item> batch = new ArrayList<>();
        for (Share share : shares) {
            if (System.nanoTime() - share.line().lastOutage < OUTAGE_MEMORY_NANOS) {
                share.items().forEach(item -> item.outcome.completeExceptionally(ProblemException.databaseUnavailable()));
            } else {
                batch.addAll(share.items());
            }
        }
        if (batch.size() <= 1) {
            batch.forEach(this::alone);
            return;
        }
        List<Object> results;
        try {
            results = transactions.inNewTransaction(() -> {
                prepare(batch);
                List<Object> done = new ArrayList<>(batch.size());
                for (Item item : batch) {
                    done.add(item.run());
                }
                return done;
            });
        } catch (RuntimeException e) {
            if (DatabaseOutages.isOutage(e)) {
                long now = System.nanoTime();
                batch.forEach(item -> {
                    item.line.lastOutage = now;
                    item.outcome.completeExceptionally(e);
                });
                return;
            }
            // one of them failed (or the commit did): each on its own, so each gets its own answer
            batch.forEach(this::alone);
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).outcome.complete(results.get(i));
        }
    }

    private void alone(Item item) {
        try {
            item.outcome.complete(transactions.inNewTransaction(() -> {
                prepare(List.of(item));
                return item.run();
            }));
        } catch (RuntimeException e) {
            if (DatabaseOutages.isOutage(e)) {
                item.line.lastOutage = System.nanoTime();
            }
            item.outcome.completeExceptionally(e);
        }
    }

    /**
     * The order in which a batch takes its keys, and so their rows' locks: two batches (of this
     * instance or another) then never wait for each other in a circle. UUIDs are ordered as
     * PostgreSQL orders them (unsigned, byte by byte), as every {@code ORDER BY} of ids that
     * locks rows in this suite does; other keys by their natural order, or their text.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int inLockOrder(Object a, Object b) {
        if (a instanceof UUID x && b instanceof UUID y) {
            int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
        }
        if (a instanceof Comparable c && a.getClass() == b.getClass()) {
            return c.compareTo(b);
        }
        int byType = a.getClass().getName().compareTo(b.getClass().getName());
        return byType != 0 ? byType : a.toString().compareTo(b.toString());
    }

    /** Works of one line taken into a batch. */
    private record Share(Line line, List<Item> items) {
    }

    /** One key's waiting works and whether a committer is on them (or it waits for one). */
    private final class Line {

        final Object key;
        final ConcurrentLinkedQueue<Item> queue = new ConcurrentLinkedQueue<>();
        final AtomicInteger waiting = new AtomicInteger();
        final AtomicBoolean scheduled = new AtomicBoolean();
        volatile long lastOutage = System.nanoTime() - OUTAGE_MEMORY_NANOS - 1;

        Line(Object key) {
            this.key = key;
        }

        void schedule() {
            if (scheduled.compareAndSet(false, true)) {
                try {
                    ready();
                } catch (RejectedExecutionException stopping) {
                    scheduled.set(false);
                    throw stopping;
                }
            }
        }

        private void ready() {
            ready.add(this);
            try {
                workers.execute(GroupCommit.this::commitReady);
            } catch (RejectedExecutionException stopping) {
                ready.remove(this);
                throw stopping;
            }
        }

        List<Item> take(int most) {
            List<Item> items = new ArrayList<>();
            for (Item next = queue.poll(); next != null; next = items.size() < most ? queue.poll() : null) {
                items.add(next);
            }
            return items;
        }

        /**
         * After a batch: back in line behind the other lines if more wait, so that every busy line
         * gets its turn; whoever enqueues after the last look schedules again. An idle line is
         * forgotten.
         */
        void release() {
            if (!queue.isEmpty()) {
                ready();
                return;
            }
            scheduled.set(false);
            if (!queue.isEmpty() && scheduled.compareAndSet(false, true)) {
                ready();
            } else if (waiting.get() == 0) {
                lines.remove(key, this);
            }
        }
    }

    /** Each lookup of the batch once, with the inputs of its works in arrival order. */
    private static void prepare(List<Item> batch) {
        Map<BatchLookup<Object>, List<Object>> inputs = new IdentityHashMap<>();
        for (Item item : batch) {
            if (item.lookup != null) {
                inputs.computeIfAbsent(item.lookup, l -> new ArrayList<>()).add(item.input);
            }
        }
        inputs.forEach(BatchLookup::prepare);
    }

    /**
     * One request's work, with what made it that request's: its request context (caller,
     * security identity) and its logging context (request id, traceparent), both current while
     * it runs on a committer.
     */
    private static final class Item {

        final Line line;
        final Supplier<?> work;
        final BatchLookup<Object> lookup;
        final Object input;
        final CompletableFuture<Object> outcome = new CompletableFuture<>();
        private final Map<String, Object> mdc;
        private final InjectableContext.ContextState requestState;

        @SuppressWarnings("unchecked")
        Item(Line line, Supplier<?> work, BatchLookup<?> lookup, Object input) {
            this.line = line;
            this.work = work;
            this.lookup = (BatchLookup<Object>) lookup;
            this.input = input;
            this.mdc = MDC.getMap();
            ManagedContext requests = Arc.container() == null ? null : Arc.container().requestContext();
            this.requestState = requests != null && requests.isActive() ? requests.getState() : null;
        }

        Object run() {
            ManagedContext requests = requestState == null ? null : Arc.container().requestContext();
            Map<String, Object> before = MDC.getMap();
            MDC.clear();
            mdc.forEach(MDC::put);
            if (requests != null) {
                requests.activate(requestState);
            }
            try {
                return work.get();
            } finally {
                if (requests != null) {
                    requests.deactivate();
                }
                MDC.clear();
                before.forEach(MDC::put);
            }
        }
    }
}
