package se.rln.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import se.rln.events.model.Cohort;

/** Cohorts of programmes, listed by name. */
@ApplicationScoped
public class CohortRepository implements PanacheRepositoryBase<Cohort, UUID> {

    public List<Cohort> ofProgramme(UUID programme) {
        return list("programmeId = ?1 order by lower(name), id", programme);
    }

    public long countInProgramme(UUID programme) {
        return count("programmeId", programme);
    }

    public boolean nameTaken(UUID programme, String name, UUID except) {
        return count("programmeId = ?1 and lower(name) = lower(?2) and id <> ?3", programme, name,
                except == null ? new UUID(0, 0) : except) > 0;
    }
}
