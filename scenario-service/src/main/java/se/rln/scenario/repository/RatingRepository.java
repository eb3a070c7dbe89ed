package se.rln.scenario.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.scenario.model.DriverMaths;

/** The {@code rating} table: one impact and uncertainty per person and driver. */
@ApplicationScoped
public class RatingRepository {

    @Inject
    EntityManager em;

    /** Ratings of the given drivers, by driver. */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<DriverMaths.Rating>> ofDrivers(List<UUID> driverIds) {
        Map<UUID, List<DriverMaths.Rating>> byDriver = new HashMap<>();
        if (driverIds.isEmpty()) {
            return byDriver;
        }
        List<Object[]> rows = em.createNativeQuery("SELECT driver_id, impact, uncertainty FROM rating WHERE driver_id = ANY(?1)")
                .setParameter(1, driverIds.toArray(UUID[]::new)).getResultList();
        for (Object[] r : rows) {
            byDriver.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new DriverMaths.Rating(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return byDriver;
    }

    /** Sets the person's rating of the driver, replacing an earlier one. */
    public void put(UUID driverId, UUID participantId, int impact, int uncertainty, OffsetDateTime at) {
        em.createNativeQuery("""
                INSERT INTO rating (driver_id, participant_id, impact, uncertainty, rated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (driver_id, participant_id) DO UPDATE SET impact = excluded.impact,
                    uncertainty = excluded.uncertainty, rated_at = excluded.rated_at""")
                .setParameter(1, driverId).setParameter(2, participantId).setParameter(3, impact)
                .setParameter(4, uncertainty).setParameter(5, at).executeUpdate();
    }

    /** Moves a merged driver's ratings onto the driver it went into, where the person has not rated that one. */
    public void move(UUID driverId, UUID into) {
        em.createNativeQuery("""
                INSERT INTO rating (driver_id, participant_id, impact, uncertainty, rated_at)
                SELECT ?2, participant_id, impact, uncertainty, rated_at FROM rating WHERE driver_id = ?1
                ON CONFLICT (driver_id, participant_id) DO NOTHING""").setParameter(1, driverId).setParameter(2, into)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM rating WHERE driver_id = ?1").setParameter(1, driverId).executeUpdate();
    }
}
