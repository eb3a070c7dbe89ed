package se.rln.scenario.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import se.rln.scenario.model.WorkshopGroup;

@ApplicationScoped
public class GroupRepository implements PanacheRepositoryBase<WorkshopGroup, UUID> {

    public long countOf(UUID workshopId) {
        return count("workshopId = ?1", workshopId);
    }

    public List<WorkshopGroup> ofWorkshop(UUID workshopId) {
        return list("workshopId = ?1 order by position", workshopId);
    }
}
