package se.rln.scenario.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.rln.scenario.model.WorkshopPass;

@ApplicationScoped
public class PassRepository implements PanacheRepositoryBase<WorkshopPass, UUID> {

    public List<WorkshopPass> ofWorkshop(UUID workshopId) {
        return list("workshopId = ?1 order by issuedAt, id", workshopId);
    }

    /** The member's pass that still counts, if any. */
    public Optional<WorkshopPass> validOf(UUID memberId, OffsetDateTime now) {
        return find("memberId = ?1 and revokedAt is null and expiresAt > ?2", memberId, now).firstResultOptional();
    }

    /** The members of the workshop who hold a pass that still counts. */
    public List<UUID> seatedMembers(UUID workshopId, OffsetDateTime now) {
        return getEntityManager().createQuery("select p.memberId from WorkshopPass p where p.workshopId = ?1 "
                + "and p.memberId is not null and p.revokedAt is null and p.expiresAt > ?2", UUID.class)
                .setParameter(1, workshopId).setParameter(2, now).getResultList();
    }
}
