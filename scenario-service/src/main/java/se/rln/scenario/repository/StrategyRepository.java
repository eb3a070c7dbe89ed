package se.rln.scenario.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import se.rln.scenario.model.Strategy;

@ApplicationScoped
public class StrategyRepository implements PanacheRepositoryBase<Strategy, UUID> {

    public List<Strategy> ofGroup(UUID groupId) {
        return list("groupId = ?1 order by createdAt, id", groupId);
    }

    /** Locks the strategy for an assessment (two groups' writers assess it at once). */
    public void lockForAssessment(Strategy s) {
        getEntityManager().lock(s, LockModeType.PESSIMISTIC_WRITE);
    }
}
