package se.rln.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.rln.events.model.SeatStatistics;

/** Seat statistics, one row per event. */
@ApplicationScoped
public class SeatStatisticsRepository implements PanacheRepositoryBase<SeatStatistics, UUID> {
}
