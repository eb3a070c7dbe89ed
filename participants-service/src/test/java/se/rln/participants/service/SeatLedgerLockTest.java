package se.rln.participants.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;

/**
 * A group commit's batch over several events locks their ledgers in one statement before its
 * first registration: the rows are locked for the rest of the transaction (another connection
 * cannot take them), and each registration's {@code lock} gets its ledger from the transaction.
 */
@QuarkusTest
class SeatLedgerLockTest {

    @Inject
    SeatLedger ledger;

    @Inject
    AgroalDataSource db;

    @Test
    void severalLedgersAreLockedAtOnceUntilTheTransactionEnds() throws Exception {
        UUID host = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        List<UUID> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID event = UUID.randomUUID();
            EventsOnKafka.published(event, host, 10, Map.of("1280", 2), coordinator);
            events.add(event);
        }
        UUID unknown = UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> {
            ledger.lockAll(events);
            for (UUID event : events) {
                assertEquals("55P03", lockFromElsewhere(event), "event " + event + " is locked by the batch");
                SeatLedger.Locked locked = ledger.lock(event);
                assertEquals(event, locked.event().eventId);
                assertEquals(2, locked.rows().get("1280").allotted, "its municipalities' seats came with it");
                assertSame(locked, ledger.lock(event));
            }
        });
        for (UUID event : events) {
            assertEquals("free", lockFromElsewhere(event), "the locks end with the transaction");
        }
        // an event without a replica is not among them: the registration's own lock refuses it (and its batch redoes each alone)
        RuntimeException notFound = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            ledger.lockAll(List.of(events.get(0), unknown));
            ledger.lock(unknown);
        }));
        assertEquals(404, notFound instanceof ProblemException p ? p.status() : -1, notFound.toString());
    }

    /**
     * Tries to lock the event's ledger row from another connection (another thread: outside the
     * test's transaction) without waiting: "free" or the SQL state.
     */
    private String lockFromElsewhere(UUID event) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection c = db.getConnection();
                    PreparedStatement lock = c.prepareStatement("SELECT 1 FROM event_seats WHERE event_id = ? FOR UPDATE NOWAIT")) {
                lock.setObject(1, event);
                lock.executeQuery().close();
                return "free";
            } catch (SQLException e) {
                return e.getSQLState();
            }
        }).join();
    }
}
