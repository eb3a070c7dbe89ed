package se.rln.scenario.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.rln.scenario.model.Quadrant;
import se.rln.scenario.model.Scenario;

@ApplicationScoped
public class ScenarioRepository implements PanacheRepositoryBase<Scenario, UUID> {

    /** Removes the group's four scenarios (before new axes make four new ones). */
    public void deleteOfGroup(UUID groupId) {
        delete("groupId = ?1", groupId);
    }

    public List<Scenario> ofGroup(UUID groupId) {
        return list("groupId = ?1 order by quadrant", groupId);
    }

    public Optional<Scenario> of(UUID groupId, Quadrant quadrant) {
        return find("groupId = ?1 and quadrant = ?2", groupId, quadrant).firstResultOptional();
    }

    /** Locks the scenario for an edit and reloads it, so its version is the committed one. */
    public void lockForEdit(Scenario s) {
        getEntityManager().lock(s, LockModeType.PESSIMISTIC_WRITE);
        getEntityManager().refresh(s);
    }
}
