package se.rln.scenario.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@code vote} table: the dots each person of a group put on its drivers. */
@ApplicationScoped
public class VoteRepository {

    @Inject
    EntityManager em;

    /** Everyone's dots in the group, summed by driver. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Integer> totals(UUID groupId) {
        return byDriver(em.createNativeQuery("SELECT driver_id, sum(dots) FROM vote WHERE group_id = ?1 GROUP BY driver_id")
                .setParameter(1, groupId).getResultList());
    }

    /** One person's dots in the group, by driver. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Integer> of(UUID groupId, UUID participantId) {
        return byDriver(em.createNativeQuery("SELECT driver_id, dots FROM vote WHERE group_id = ?1 AND participant_id = ?2")
                .setParameter(1, groupId).setParameter(2, participantId).getResultList());
    }

    /** Replaces the person's dots in the group with {@code dots} (by driver). */
    public void replace(UUID groupId, UUID participantId, Map<UUID, Integer> dots) {
        em.createNativeQuery("DELETE FROM vote WHERE group_id = ?1 AND participant_id = ?2").setParameter(1, groupId)
                .setParameter(2, participantId).executeUpdate();
        dots.forEach((driver, n) -> em.createNativeQuery(
                "INSERT INTO vote (group_id, participant_id, driver_id, dots) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, groupId).setParameter(2, participantId).setParameter(3, driver).setParameter(4, n)
                .executeUpdate());
    }

    /** Moves a merged driver's dots onto the driver it went into, adding where a person voted for both. */
    public void move(UUID driverId, UUID into) {
        em.createNativeQuery("""
                INSERT INTO vote (group_id, participant_id, driver_id, dots)
                SELECT group_id, participant_id, ?2, dots FROM vote WHERE driver_id = ?1
                ON CONFLICT (group_id, participant_id, driver_id) DO UPDATE SET dots = vote.dots + excluded.dots""")
                .setParameter(1, driverId).setParameter(2, into).executeUpdate();
        em.createNativeQuery("DELETE FROM vote WHERE driver_id = ?1").setParameter(1, driverId).executeUpdate();
    }

    private static Map<UUID, Integer> byDriver(List<Object[]> rows) {
        Map<UUID, Integer> dots = new HashMap<>();
        rows.forEach(r -> dots.put((UUID) r[0], ((Number) r[1]).intValue()));
        return dots;
    }
}
