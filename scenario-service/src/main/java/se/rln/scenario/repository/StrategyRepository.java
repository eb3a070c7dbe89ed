package se.rln.scenario.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import se.rln.scenario.model.Strategy;

@ApplicationScoped
public class StrategyRepository implements PanacheRepositoryBase<Strategy, UUID> {

    public List<Strategy> ofGroup(UUID groupId) {
        return list("groupId = ?1 order by createdAt, id", groupId);
    }
}
