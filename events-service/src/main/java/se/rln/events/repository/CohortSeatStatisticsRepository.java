package se.rln.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import se.rln.events.model.CohortSeatStatistics;

/** Seats taken per cohort. */
@ApplicationScoped
public class CohortSeatStatisticsRepository implements PanacheRepositoryBase<CohortSeatStatistics, UUID> {
}
