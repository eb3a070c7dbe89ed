package se.rln.scenario.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import se.rln.scenario.model.Driver;

@ApplicationScoped
public class DriverRepository implements PanacheRepositoryBase<Driver, UUID> {

    /** The group's drivers in the order they were added, merged duplicates included. */
    public List<Driver> ofGroup(UUID groupId) {
        return list("groupId = ?1 order by createdAt, id", groupId);
    }

    /** Drivers locked in id order (so concurrent raters never deadlock). */
    public List<Driver> lockAll(Collection<UUID> ids) {
        return find("id in ?1 order by id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
