package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.rln.participants.model.CohortMunicipalitySeats;
import se.rln.participants.model.CohortSeats;

/** Cohort replicas with their seat ledgers. */
@ApplicationScoped
public class CohortSeatsRepository implements PanacheRepositoryBase<CohortSeats, UUID> {

    /** The cohort's ledger, locked for the rest of the transaction: enrolment decisions happen one at a time. */
    public Optional<CohortSeats> lock(UUID cohortId) {
        return findByIdOptional(cohortId, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<CohortMunicipalitySeats> rowsOf(UUID cohortId) {
        return getEntityManager().createQuery(
                "from CohortMunicipalitySeats where cohortId = ?1 order by municipalityCode", CohortMunicipalitySeats.class)
                .setParameter(1, cohortId).getResultList();
    }

    /** The cohorts of a programme known here, by name. */
    public List<CohortSeats> ofProgramme(UUID programmeId) {
        return list("programmeId = ?1 and deleted = false order by name, cohortId", programmeId);
    }

    public void persist(CohortMunicipalitySeats row) {
        getEntityManager().persist(row);
    }
}
