package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.rln.commons.rest.PageRequest;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.Registration;
import se.rln.participants.model.RegistrationStatus;

/** Registrations of events. */
@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    public Optional<Registration> live(UUID eventId, UUID participantId) {
        return find("eventId = ?1 and participantId = ?2 and status <> ?3", eventId, participantId,
                RegistrationStatus.CANCELLED).firstResultOptional();
    }

    /** The live registrations of an enrolment on days that have not started at {@code now}, by day. */
    public List<Registration> liveComingOfEnrolment(UUID enrolmentId, OffsetDateTime now) {
        return getEntityManager().createQuery("""
                select r from Registration r, EventSeats e where e.eventId = r.eventId and r.enrolmentId = ?1
                and r.status in ?2 and e.startsAt > ?3 order by e.startsAt, e.eventId""", Registration.class)
                .setParameter(1, enrolmentId).setParameter(2, List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED))
                .setParameter(3, now).getResultList();
    }

    public boolean existsOfEnrolment(UUID eventId, UUID enrolmentId) {
        return count("eventId = ?1 and enrolmentId = ?2", eventId, enrolmentId) > 0;
    }

    /** Every registration of an enrolment, by day. */
    public List<Registration> ofEnrolment(UUID enrolmentId) {
        return getEntityManager().createQuery("""
                select r from Registration r, EventSeats e where e.eventId = r.eventId and r.enrolmentId = ?1
                order by e.startsAt, e.eventId, r.registeredAt""", Registration.class).setParameter(1, enrolmentId)
                .getResultList();
    }

    /** The waitlist of an event, first in line first. */
    public List<Registration> waitlist(UUID eventId) {
        return list("eventId = ?1 and status = ?2 order by waitlistPosition", eventId, RegistrationStatus.WAITLISTED);
    }

    /** Confirmed registrations of an event in the order they got their seats. */
    public List<Registration> confirmedInSeatOrder(UUID eventId) {
        return list("eventId = ?1 and status = ?2 order by statusChangedAt, registeredAt, id", eventId,
                RegistrationStatus.CONFIRMED);
    }

    public List<Registration> liveOf(UUID eventId) {
        return list("eventId = ?1 and status in ?2 order by registeredAt, id", eventId,
                List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED));
    }

    public List<Registration> liveOf(UUID eventId, String municipality) {
        return list("eventId = ?1 and municipalityCode = ?2 and status in ?3", eventId, municipality,
                List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED));
    }

    /**
     * A municipality's people on an event as its roster shows them: every registration that is not
     * cancelled (also ATTENDED and NO_SHOW), and those the organiser or the person cancelled (which a
     * roster sync leaves standing), unless the person is registered again.
     */
    public List<Registration> onRoster(UUID eventId, String municipality) {
        return list("""
                from Registration r where r.eventId = ?1 and r.municipalityCode = ?2 and (r.status <> ?3
                    or (r.cancelledBy in ?4 and not exists (select 1 from Registration again where again.eventId = ?1
                        and again.participantId = r.participantId and again.status <> ?3)))
                order by r.registeredAt, r.id""", eventId, municipality, RegistrationStatus.CANCELLED,
                List.of(Cancellation.ORGANISER, Cancellation.PARTICIPANT));
    }

    /** 1-based place in the waitlist. */
    public long waitlistRank(Registration r) {
        return count("eventId = ?1 and status = ?2 and waitlistPosition <= ?3", r.eventId, RegistrationStatus.WAITLISTED,
                r.waitlistPosition);
    }

    /** Every registration of the event (of one municipality, of one status, when given), in registration order. */
    public List<Registration> all(UUID eventId, String municipality, RegistrationStatus status) {
        return inOrder(eventId, municipality, status, null).list();
    }

    /** Those with a seat (confirmed, attended or not), by municipality. */
    public List<Registration> seated(UUID eventId, String municipality) {
        List<RegistrationStatus> seated = List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.ATTENDED,
                RegistrationStatus.NO_SHOW);
        return municipality == null
                ? list("eventId = ?1 and status in ?2 order by municipalityCode, registeredAt, id", eventId, seated)
                : list("eventId = ?1 and municipalityCode = ?2 and status in ?3 order by registeredAt, id", eventId,
                        municipality, seated);
    }

    public List<Registration> page(UUID eventId, String municipality, RegistrationStatus status, PageRequest<OffsetDateTime> page) {
        return inOrder(eventId, municipality, status, page.first() ? null : page).range(0, page.limit()).list();
    }

    private PanacheQuery<Registration> inOrder(UUID eventId, String municipality, RegistrationStatus status,
            PageRequest<OffsetDateTime> after) {
        StringBuilder q = new StringBuilder("eventId = :event");
        Parameters p = Parameters.with("event", eventId);
        if (municipality != null) {
            q.append(" and municipalityCode = :municipality");
            p.and("municipality", municipality);
        }
        if (status != null) {
            q.append(" and status = :status");
            p.and("status", status);
        }
        if (after != null) {
            q.append(" and (registeredAt > :afterAt or (registeredAt = :afterAt and id > :afterId))");
            p.and("afterAt", after.after().value()).and("afterId", after.after().id());
        }
        return find(q + " order by registeredAt, id", p);
    }

    /** New waitlist places come from one growing sequence, so the waitlist is in arrival order (demotions go before its head). */
    public long nextWaitlistPosition() {
        return nextWaitlistPositions(1).get(0);
    }

    /** {@code count} waitlist positions at once, smallest first: each greater than any taken before. */
    public List<Long> nextWaitlistPositions(int count) {
        List<?> values = getEntityManager().createNativeQuery("SELECT nextval('waitlist_position') FROM generate_series(1, ?1)")
                .setParameter(1, count).unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("waitlist_position")
                .getResultList();
        return values.stream().map(v -> ((Number) v).longValue()).sorted().toList();
    }

    /** The events, not yet over at {@code now}, on which the person holds a seat or a waitlist place; by event id. */
    public List<UUID> upcomingEventsOf(UUID participantId, OffsetDateTime now) {
        return getEntityManager().createQuery("""
                select distinct r.eventId from Registration r, EventSeats e
                where e.eventId = r.eventId and r.participantId = ?1 and r.status in ?2 and e.endsAt > ?3
                order by r.eventId""", UUID.class).setParameter(1, participantId)
                .setParameter(2, List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED))
                .setParameter(3, now).getResultList();
    }
}
