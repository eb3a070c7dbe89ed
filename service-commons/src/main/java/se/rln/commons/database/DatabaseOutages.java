package se.rln.commons.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

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

    /** True if {@code failure} or one of its causes says the database is unreachable. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && unavailable(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True if {@code failure} says every pooled connection was busy for the whole acquisition
     * timeout: the database is up but this instance has more work than connections. Also an
     * outage in the sense of {@link #isOutage} (it passes), told apart for a clearer answer.
     */
    public static boolean isOverload(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() == null && sql.getMessage() != null
                    && sql.getMessage().equals(POOL_EXHAUSTED)) {
                return true;
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
