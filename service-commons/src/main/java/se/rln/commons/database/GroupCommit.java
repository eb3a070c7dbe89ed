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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
 * Group commit for work that locks one database row (an event's seat ledger): requests for one
 * key wait here, in arrival order, and a committer thread does the waiting ones together, up to
 * {@code rln.group-commit.max-batch} at a time, in one transaction: the row is locked once and the
 * transaction commits once for all of them, while each keeps its own effects, its own answer and
 * (its request context made current while it runs) its own caller and request id.
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

    /** Committer threads: lines of different keys are committed in parallel, up to this many at once. */
    @ConfigProperty(name = "rln.group-commit.committers", defaultValue = "8")
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
        Item item = new Item(work, lookup, input);
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

    /** One key's waiting works and whether a committer is on them. */
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
                    workers.execute(this::drain);
                } catch (RejectedExecutionException stopping) {
                    scheduled.set(false);
                    throw stopping;
                }
            }
        }

        /**
         * Commits one batch, then goes to the back of the committers' queue if more wait, so that
         * every busy line gets its turn; whoever enqueues after the last look schedules again. An
         * idle line is forgotten.
         */
        void drain() {
            List<Item> batch = new ArrayList<>();
            for (Item next = queue.poll(); next != null; next = batch.size() < maxBatch ? queue.poll() : null) {
                batch.add(next);
            }
            if (!batch.isEmpty()) {
                commit(batch);
            }
            if (!queue.isEmpty()) {
                workers.execute(this::drain);
                return;
            }
            scheduled.set(false);
            if (!queue.isEmpty() && scheduled.compareAndSet(false, true)) {
                workers.execute(this::drain);
            } else if (waiting.get() == 0) {
                lines.remove(key, this);
            }
        }

        private void commit(List<Item> batch) {
            if (System.nanoTime() - lastOutage < OUTAGE_MEMORY_NANOS) {
                // the batch before just found the database away: say so at once
                batch.forEach(item -> item.outcome.completeExceptionally(ProblemException.databaseUnavailable()));
                return;
            }
            if (batch.size() == 1) {
                alone(batch.get(0));
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
                    lastOutage = System.nanoTime();
                    batch.forEach(item -> item.outcome.completeExceptionally(e));
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
                    lastOutage = System.nanoTime();
                }
                item.outcome.completeExceptionally(e);
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

        final Supplier<?> work;
        final BatchLookup<Object> lookup;
        final Object input;
        final CompletableFuture<Object> outcome = new CompletableFuture<>();
        private final Map<String, Object> mdc;
        private final InjectableContext.ContextState requestState;

        @SuppressWarnings("unchecked")
        Item(Supplier<?> work, BatchLookup<?> lookup, Object input) {
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
