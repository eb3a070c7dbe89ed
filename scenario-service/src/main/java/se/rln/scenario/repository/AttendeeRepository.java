package se.rln.scenario.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import se.rln.commons.database.CommitBatches;

/** The {@code attendee} table: each event's registrations as participants-service last reported them. */
@ApplicationScoped
public class AttendeeRepository {

    /** Positional parameters in the order event, participant, municipality, status, ledger version. */
    private static final String UPSERT = """
            INSERT INTO attendee (event_id, participant_id, municipality_code, status, ledger_version)
            VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (event_id, participant_id) DO UPDATE SET status = excluded.status,
                municipality_code = excluded.municipality_code, ledger_version = excluded.ledger_version
            WHERE attendee.ledger_version < excluded.ledger_version""";

    /**
     * {@link #UPSERT} for the commit batch: plain placeholders, and a SELECT rather than VALUES,
     * so that the driver (reWriteBatchedInserts) sends each row as a statement of its own instead
     * of folding them into one multi-row INSERT, which PostgreSQL refuses when one person changes
     * twice in a batch ("cannot affect row a second time"); still one round trip for all.
     */
    private static final String UPSERT_AT_COMMIT = UPSERT.replace("VALUES (?1, ?2, ?3, ?4, ?5)", "SELECT ?, ?, ?, ?, ?");

    @Inject
    EntityManager em;

    @Inject
    CommitBatches batches;

    /**
     * Records the person's registration status on the event at ledger {@code version}, unless a
     * newer one is recorded already.
     *
     * @return 1 if recorded, 0 if the change was older than what is recorded
     */
    public int record(UUID eventId, UUID participantId, String municipality, String status, long version) {
        return em.createNativeQuery(UPSERT).setParameter(1, eventId).setParameter(2, participantId)
                .setParameter(3, municipality).setParameter(4, status).setParameter(5, version).executeUpdate();
    }

    /**
     * {@link #record}, sent with the transaction's other rows just before it commits (one round
     * trip for a poll's changes), for a caller that does not need to know whether it was newer.
     */
    public void recordAtCommit(UUID eventId, UUID participantId, String municipality, String status, long version) {
        batches.add(UPSERT_AT_COMMIT, eventId, participantId, municipality, status, version);
    }
}
