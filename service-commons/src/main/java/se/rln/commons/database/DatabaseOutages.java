package se.rln.commons.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Tells a database that cannot be reached (stopped, restarting, network gone, pool exhausted
 * while it is away) from every other failure. Such a failure is nobody's mistake and passes:
 * requests answer 503 with Retry-After, consumers wait instead of dead-lettering.
 */
public final class DatabaseOutages {

    /** Agroal's message when no pooled connection became free within the acquisition timeout. */
    static final String POOL_EXHAUSTED = "Sorry, acquisition timeout!";

    private DatabaseOutages() {
    }

    /**
     * True if {@code failure}, one of its causes or one of their suppressed exceptions says the
     * database is unreachable. The suppressed ones matter: when a commit fails, Narayana throws a
     * {@code RollbackException} or {@code HeuristicMixedException} that carries the resource's
     * {@code XAException} (and the driver's error below it) only as suppressed.
     */
    public static boolean isOutage(Throwable failure) {
        return anyInChain(failure, t -> t instanceof ConnectException || t instanceof SQLTransientConnectionException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLException sql && unavailable(sql));
    }

    /**
     * True if {@code failure} says every pooled connection was busy for the whole acquisition
     * timeout: the database is up but this instance has more work than connections. Also an
     * outage in the sense of {@link #isOutage} (it passes), told apart for a clearer answer.
     */
    public static boolean isOverload(Throwable failure) {
        return anyInChain(failure, t -> t instanceof SQLException sql && sql.getSQLState() == null
                && POOL_EXHAUSTED.equals(sql.getMessage()));
    }

    /** Whether {@code test} holds for {@code failure} or anything reachable from it by causes, suppressed and chained SQL exceptions. */
    private static boolean anyInChain(Throwable failure, Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        if (failure != null) {
            next.add(failure);
        }
        while (!next.isEmpty()) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                next.add(sql.getNextException());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                next.add(suppressed);
            }
        }
        return false;
    }

    private static boolean unavailable(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08: connection exception; 57P01..57P03: admin shutdown, crash shutdown, cannot connect now.
            return state.startsWith("08") || state.startsWith("57P0");
        }
        // Agroal reports a pool that cannot open a connection in time, or whose connections all stayed
        // busy, without a SQL state.
        return e.getMessage() != null && (e.getMessage().startsWith("Acquisition timeout") || e.getMessage().equals(POOL_EXHAUSTED));
    }
}
