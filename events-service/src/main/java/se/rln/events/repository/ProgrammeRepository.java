package se.rln.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import se.rln.commons.rest.PageRequest;
import se.rln.events.model.Programme;

/** Programmes, listed by title. */
@ApplicationScoped
public class ProgrammeRepository implements PanacheRepositoryBase<Programme, UUID> {

    public List<Programme> page(UUID owner, PageRequest<String> page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (owner != null) {
            q.append(" and ownerOrganisationId = :owner");
            p.and("owner", owner);
        }
        if (!page.first()) {
            q.append(" and (title > :afterTitle or (title = :afterTitle and id > :afterId))");
            p.and("afterTitle", page.after().value()).and("afterId", page.after().id());
        }
        return find(q + " order by title, id", p).range(0, page.limit()).list();
    }

    public long countByOwner(UUID organisation) {
        return count("ownerOrganisationId", organisation);
    }
}
