package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.rln.commons.rest.PageRequest;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.Enrolment;
import se.rln.participants.model.EnrolmentStatus;

/** Enrolments in cohorts. */
@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    /** The person's live enrolment in any cohort of the programme. */
    public Optional<Enrolment> liveInProgramme(UUID programmeId, UUID participantId) {
        return find("programmeId = ?1 and participantId = ?2 and status <> ?3", programmeId, participantId,
                EnrolmentStatus.CANCELLED).firstResultOptional();
    }

    /**
     * A municipality's people in a cohort as its roster shows them: live enrolments, and those the
     * organiser or the person cancelled (which a roster sync leaves standing), unless enrolled again.
     */
    public List<Enrolment> onRoster(UUID cohortId, String municipality) {
        return list("""
                from Enrolment e where e.cohortId = ?1 and e.municipalityCode = ?2 and (e.status <> ?3
                    or (e.cancelledBy in ?4 and not exists (select 1 from Enrolment again where again.cohortId = ?1
                        and again.participantId = e.participantId and again.status <> ?3)))
                order by e.enrolledAt, e.id""", cohortId, municipality, EnrolmentStatus.CANCELLED,
                List.of(Cancellation.ORGANISER, Cancellation.PARTICIPANT));
    }

    /** The cohort's waitlist, first in line first. */
    public List<Enrolment> waitlist(UUID cohortId) {
        return list("cohortId = ?1 and status = ?2 order by waitlistPosition", cohortId, EnrolmentStatus.WAITLISTED);
    }

    public List<Enrolment> liveOf(UUID cohortId) {
        return list("cohortId = ?1 and status <> ?2 order by enrolledAt, id", cohortId, EnrolmentStatus.CANCELLED);
    }

    public List<Enrolment> liveOfParticipant(UUID participantId) {
        return list("participantId = ?1 and status <> ?2 order by cohortId", participantId, EnrolmentStatus.CANCELLED);
    }

    /** 1-based place in the cohort's waitlist. */
    public long waitlistRank(Enrolment e) {
        return count("cohortId = ?1 and status = ?2 and waitlistPosition <= ?3", e.cohortId, EnrolmentStatus.WAITLISTED,
                e.waitlistPosition);
    }

    /** A page of the cohort's enrolments by time of enrolment, of one municipality or all. */
    public List<Enrolment> page(UUID cohortId, String municipality, PageRequest<OffsetDateTime> page) {
        StringBuilder q = new StringBuilder("cohortId = :cohort");
        Parameters p = Parameters.with("cohort", cohortId);
        if (municipality != null) {
            q.append(" and municipalityCode = :municipality");
            p.and("municipality", municipality);
        }
        if (!page.first()) {
            q.append(" and (enrolledAt > :after or (enrolledAt = :after and id > :afterId))");
            p.and("after", page.after().value()).and("afterId", page.after().id());
        }
        return find(q + " order by enrolledAt, id", p).range(0, page.limit()).list();
    }
}
