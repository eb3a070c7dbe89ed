package se.rln.events.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.outbox.OutboxRelay;
import se.rln.commons.testing.TestKafka;
import se.rln.events.Fixtures;
import se.rln.events.messaging.outbound.EventJournal;

/**
 * One relay per database: while another instance holds the relay lock, this one publishes
 * nothing and the rows wait in the outbox; when the lock is released they are published.
 */
@QuarkusTest
class SingleRelayTest {

    @Inject
    OutboxRelay relay;

    @Test
    void aRelayDoesNothingWhileAnotherHoldsTheLock() throws Exception {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID event;
        try (Connection other = DriverManager.getConnection(System.getProperty("rln.test.jdbc-url"), "postgres", "")) {
            try (PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, OutboxRelay.LOCK_KEY);
                lock.execute();
            }
            event = Fixtures.draftSkaneDay(o);
            assertEquals(0, relay.relayBatch(), "the lock is held by another instance");
            assertTrue(pending(other, event) == 1, "the event waits in the outbox");
            try (PreparedStatement unlock = other.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                unlock.setLong(1, OutboxRelay.LOCK_KEY);
                unlock.execute();
            }
        }
        var records = TestKafka.await(EventJournal.TOPIC, r -> event.toString().equals(r.key()), found -> !found.isEmpty(),
                Duration.ofSeconds(30));
        assertEquals(1, records.size());
    }

    private static int pending(Connection c, UUID event) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox WHERE aggregate_id = ?")) {
            ps.setString(1, event.toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
