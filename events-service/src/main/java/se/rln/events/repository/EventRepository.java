package se.rln.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.rln.commons.rest.PageRequest;
import se.rln.events.model.Event;
import se.rln.events.model.EventStatus;

/** Events, listed by start time. */
@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    public List<Event> page(EventFilter f, PageRequest<OffsetDateTime> page) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (f.visibleDraftsOf() != null) {
            if (f.visibleDraftsOf().isEmpty()) {
                q.append(" and e.status <> :draft");
            } else {
                q.append(" and (e.status <> :draft or e.hostOrganisationId in :mine or exists ("
                        + "select 1 from Event x join x.coHostOrganisationIds c where x = e and c in :mine))");
                p.and("mine", f.visibleDraftsOf());
            }
            p.and("draft", EventStatus.DRAFT);
        }
        if (f.region() != null) {
            q.append(" and e.regionCode = :region");
            p.and("region", f.region());
        }
        if (f.municipality() != null) {
            q.append(" and (e.regionCode = :municipalityCounty or exists (select 1 from Event x "
                    + "join x.seatAllotments a where x = e and a.municipalityCode = :municipality))");
            p.and("municipality", f.municipality()).and("municipalityCounty", f.municipalityCounty());
        }
        if (f.organiser() != null) {
            q.append(" and (e.hostOrganisationId = :organiser or exists (select 1 from Event x "
                    + "join x.coHostOrganisationIds c where x = e and c = :organiser))");
            p.and("organiser", f.organiser());
        }
        if (f.programme() != null) {
            q.append(" and e.programmeId = :programme");
            p.and("programme", f.programme());
        }
        if (f.status() != null) {
            q.append(" and e.status = :status");
            p.and("status", f.status());
        }
        if (f.from() != null) {
            q.append(" and e.endsAt >= :from");
            p.and("from", f.from());
        }
        if (f.to() != null) {
            q.append(" and e.startsAt <= :to");
            p.and("to", f.to());
        }
        if (f.text() != null && !f.text().isBlank()) {
            q.append(" and (lower(e.title) like :text escape '\\' or lower(coalesce(e.theme, '')) like :text escape '\\'"
                    + " or lower(coalesce(e.description, '')) like :text escape '\\')");
            p.and("text", Like.contains(f.text()));
        }
        if (!page.first()) {
            q.append(" and (e.startsAt > :afterStart or (e.startsAt = :afterStart and e.id > :afterId))");
            p.and("afterStart", page.after().value()).and("afterId", page.after().id());
        }
        return find("from Event e where " + q + " order by e.startsAt, e.id", p).range(0, page.limit()).list();
    }

    /** A cohort's days in date order. */
    public List<Event> ofCohort(UUID cohort) {
        return list("cohortId = ?1 order by startsAt, id", cohort);
    }

    public long countInCohort(UUID cohort) {
        return count("cohortId", cohort);
    }

    public long countUsingOrganisation(UUID organisation) {
        return count("hostOrganisationId = ?1 or ?1 member of coHostOrganisationIds", organisation);
    }

    public long countInProgramme(UUID programme) {
        return count("programmeId", programme);
    }
}
