package se.rln.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import se.rln.events.model.WorkshopOutcome;

@ApplicationScoped
public class WorkshopOutcomeRepository implements PanacheRepositoryBase<WorkshopOutcome, UUID> {

    public List<WorkshopOutcome> ofEvent(UUID eventId) {
        return list("eventId = ?1 order by completedAt, workshopId", eventId);
    }
}
