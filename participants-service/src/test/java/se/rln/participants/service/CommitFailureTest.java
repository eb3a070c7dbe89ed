package se.rln.participants.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import se.rln.commons.database.DatabaseOutages;

/**
 * The database goes away between a transaction's last statement and its commit, as when
 * PostgreSQL is stopped under load: the commit fails inside Narayana, which reports the driver's
 * error only as a suppressed exception of its RollbackException. That failure must still read as
 * an outage (503 and Retry-After to clients, a wait for consumers), not as a bug (500).
 */
@QuarkusTest
class CommitFailureTest {

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void aCommitThatLosesItsConnectionIsAnOutage() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            Number backend = (Number) entityManager.createNativeQuery("SELECT pg_backend_pid()").getSingleResult();
            terminate(backend.intValue());
        }));
        assertTrue(DatabaseOutages.isOutage(failure), () -> "an outage: " + describe(failure));
        assertFalse(DatabaseOutages.isOverload(failure), "not a busy pool");
    }

    private void terminate(int backend) {
        try (Connection admin = DriverManager.getConnection(url, user, "");
                PreparedStatement ps = admin.prepareStatement("SELECT pg_terminate_backend(?)")) {
            ps.setInt(1, backend);
            ps.execute();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not terminate backend " + backend, e);
        }
    }

    private static String describe(Throwable failure) {
        java.io.StringWriter out = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
