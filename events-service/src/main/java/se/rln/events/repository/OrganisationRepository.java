package se.rln.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import se.rln.commons.rest.PageRequest;
import se.rln.events.model.Organisation;
import se.rln.events.model.OrganisationKind;

/** Organisations, listed by name. */
@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

    public boolean nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except == null ? new UUID(0, 0) : except) > 0;
    }

    public List<Organisation> page(OrganisationKind kind, String text, PageRequest<String> page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (text != null && !text.isBlank()) {
            q.append(" and lower(name) like :text escape '\\'");
            p.and("text", Like.contains(text));
        }
        if (!page.first()) {
            q.append(" and (name > :afterName or (name = :afterName and id > :afterId))");
            p.and("afterName", page.after().value()).and("afterId", page.after().id());
        }
        return find(q + " order by name, id", p).range(0, page.limit()).list();
    }
}
