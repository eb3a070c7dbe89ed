package se.rln.participants.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.participants.model.Enrolment;
import se.rln.participants.model.EnrolmentStatus;
import se.rln.participants.model.EventStatus;
import se.rln.participants.model.RegistrationStatus;

/** The counts completion is made of: days attended per person and programme, days per cohort. */
@ApplicationScoped
public class CompletionRepository {

    /** A cohort's days, cancelled ones not counted: all of them, and those that have ended. */
    public record Days(int total, int held) {
    }

    @Inject
    EntityManager em;

    /** Days of the programme each person attended, through any of their enrolments in it. */
    public Map<UUID, Integer> attended(UUID programmeId, Collection<UUID> participants) {
        Map<UUID, Integer> attended = new HashMap<>();
        if (participants.isEmpty()) {
            return attended;
        }
        em.createQuery("""
                select e.participantId, count(r) from Registration r, Enrolment e
                where r.enrolmentId = e.id and e.programmeId = ?1 and e.participantId in ?2 and r.status = ?3
                group by e.participantId""", Object[].class).setParameter(1, programmeId).setParameter(2, participants)
                .setParameter(3, RegistrationStatus.ATTENDED).getResultList()
                .forEach(row -> attended.put((UUID) row[0], ((Number) row[1]).intValue()));
        return attended;
    }

    public Map<UUID, Days> days(Collection<UUID> cohorts, OffsetDateTime now) {
        Map<UUID, Days> days = new HashMap<>();
        if (cohorts.isEmpty()) {
            return days;
        }
        em.createQuery("""
                select d.cohortId, count(d), sum(case when d.endsAt <= ?3 then 1 else 0 end) from EventSeats d
                where d.cohortId in ?1 and d.status <> ?2 group by d.cohortId""", Object[].class)
                .setParameter(1, cohorts).setParameter(2, EventStatus.CANCELLED).setParameter(3, now).getResultList()
                .forEach(row -> days.put((UUID) row[0], new Days(((Number) row[1]).intValue(), ((Number) row[2]).intValue())));
        return days;
    }

    /** The live enrolments of a programme, of one municipality and one cohort when given, at most {@code limit}. */
    public List<Enrolment> enrolled(UUID programmeId, String municipality, UUID cohort, int limit) {
        StringBuilder q = new StringBuilder("from Enrolment e where e.programmeId = :programme and e.status <> :cancelled");
        if (municipality != null) {
            q.append(" and e.municipalityCode = :municipality");
        }
        if (cohort != null) {
            q.append(" and e.cohortId = :cohort");
        }
        var query = em.createQuery(q + " order by e.municipalityCode, e.enrolledAt, e.id", Enrolment.class)
                .setParameter("programme", programmeId).setParameter("cancelled", EnrolmentStatus.CANCELLED)
                .setMaxResults(limit);
        if (municipality != null) {
            query.setParameter("municipality", municipality);
        }
        if (cohort != null) {
            query.setParameter("cohort", cohort);
        }
        return query.getResultList();
    }
}
