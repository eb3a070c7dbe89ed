package se.rln.scenario.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/** The {@code attendee} table: each event's registrations as participants-service last reported them. */
@ApplicationScoped
public class AttendeeRepository {

    @Inject
    EntityManager em;

    /**
     * Records the person's registration status on the event at ledger {@code version}, unless a
     * newer one is recorded already.
     *
     * @return 1 if recorded, 0 if the change was older than what is recorded
     */
    public int record(UUID eventId, UUID participantId, String municipality, String status, long version) {
        return em.createNativeQuery("""
                INSERT INTO attendee (event_id, participant_id, municipality_code, status, ledger_version)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (event_id, participant_id) DO UPDATE SET status = excluded.status,
                    municipality_code = excluded.municipality_code, ledger_version = excluded.ledger_version
                WHERE attendee.ledger_version < excluded.ledger_version""").setParameter(1, eventId)
                .setParameter(2, participantId).setParameter(3, municipality).setParameter(4, status).setParameter(5, version)
                .executeUpdate();
    }
}
