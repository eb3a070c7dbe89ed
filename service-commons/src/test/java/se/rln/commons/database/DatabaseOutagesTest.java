package se.rln.commons.database;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutagesTest {

    @Test
    void connectionFailuresAndShutdownsAreOutagesWhereverTheyAreInTheChain() {
        assertTrue(DatabaseOutages.isOutage(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
        assertTrue(DatabaseOutages.isOutage(new IllegalStateException("commit failed",
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseOutages.isOutage(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseOutages.isOutage(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void anOutageCarriedOnlyAsASuppressedOrChainedExceptionIsStillOne() {
        // as Narayana reports a failed one-phase commit: the resource's error is suppressed, not the cause
        var rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new IllegalStateException("Error trying to transactionCommit local transaction",
                new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseOutages.isOutage(new RuntimeException(rollback)));
        // as the driver reports a batch whose connection broke
        var batch = new java.sql.BatchUpdateException("Batch entry 0 was aborted", "08006", new int[0]);
        batch.setNextException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertTrue(DatabaseOutages.isOutage(new SQLException("wrapped", null, 0, null) {
            {
                setNextException(batch);
            }
        }));
        var busy = new IllegalStateException("commit");
        busy.addSuppressed(new SQLException("Sorry, acquisition timeout!"));
        assertTrue(DatabaseOutages.isOverload(busy));
        // a cycle of suppressed exceptions ends
        var a = new IllegalStateException("a");
        var b = new IllegalStateException("b", a);
        a.addSuppressed(b);
        assertFalse(DatabaseOutages.isOutage(a));
    }

    @Test
    void aPoolWhoseConnectionsStayedBusyIsAnOverloadThatPasses() {
        // as Hibernate wraps Agroal's refusal when every connection stays busy
        var busy = new org.hibernate.exception.GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));
        assertTrue(DatabaseOutages.isOverload(busy));
        assertTrue(DatabaseOutages.isOutage(busy));
        assertFalse(DatabaseOutages.isOverload(new SQLException("Connection to 127.0.0.1:5432 refused", "08001")));
        assertFalse(DatabaseOutages.isOverload(new SQLException("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertFalse(DatabaseOutages.isOutage(new SQLException("duplicate key value", "23505")));
        assertFalse(DatabaseOutages.isOutage(new SQLException("deadlock detected", "40P01")));
        assertFalse(DatabaseOutages.isOutage(new IllegalArgumentException("bad")));
        assertFalse(DatabaseOutages.isOutage(null));
    }
}
