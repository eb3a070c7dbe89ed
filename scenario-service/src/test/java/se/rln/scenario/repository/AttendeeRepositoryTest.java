package se.rln.scenario.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Attendee rows written with a transaction's commit batch, on the real database. */
@QuarkusTest
class AttendeeRepositoryTest {

    @Inject
    AttendeeRepository attendees;

    @Inject
    EventReplicaRepository events;

    @Inject
    EntityManager em;

    @Test
    void onePersonChangingTwiceInOneBatchEndsInTheNewestStateWhateverTheOrder() {
        UUID event = UUID.randomUUID();
        UUID promoted = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            events.lock(event); // as a batch of registration changes does, first
            attendees.recordAtCommit(event, promoted, "1280", "WAITLISTED", 1);
            attendees.recordAtCommit(event, cancelled, "1281", "CONFIRMED", 2);
            attendees.recordAtCommit(event, promoted, "1280", "CONFIRMED", 4);
            attendees.recordAtCommit(event, cancelled, "1281", "CANCELLED", 5);
            attendees.recordAtCommit(event, cancelled, "1281", "CONFIRMED", 3); // arrived late: older
        });
        assertEquals(List.of("CONFIRMED:4", "CANCELLED:5"), List.of(state(event, promoted), state(event, cancelled)));
    }

    private String state(UUID event, UUID participant) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object[] row = (Object[]) em.createNativeQuery(
                    "SELECT status, ledger_version FROM attendee WHERE event_id = ?1 AND participant_id = ?2")
                    .setParameter(1, event).setParameter(2, participant).getSingleResult();
            return row[0] + ":" + row[1];
        });
    }
}
