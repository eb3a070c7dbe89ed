package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.ParticipantExport;
import se.rln.participants.mapping.ParticipantView;
import se.rln.participants.messaging.outbound.ParticipantJournal;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.CohortSeats;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.Enrolment;
import se.rln.participants.model.Participant;
import se.rln.participants.model.Registration;
import se.rln.participants.repository.EventSeatsRepository;
import se.rln.participants.repository.CohortSeatsRepository;
import se.rln.participants.repository.EnrolmentRepository;
import se.rln.participants.repository.EvaluationRepository;
import se.rln.participants.repository.ParticipantRepository;
import se.rln.participants.repository.PersonalTraces;
import se.rln.participants.repository.RegistrationRepository;

/**
 * GDPR: what we hold about a person (access, export) and erasure. Erasure anonymises the
 * person in place (registrations and counts stay, anonymous), cancels their seats on events
 * that have not ended (the waitlist moves up), forgets stored responses that carried their
 * name, and announces {@code participant.erased} so every other service forgets them too.
 */
@ApplicationScoped
public class PersonalData {

    static final String ERASED_NAME = "(erased)";

    @Inject
    ParticipantRepository participants;

    @Inject
    RegistrationRepository registrations;

    @Inject
    EventSeatsRepository events;

    @Inject
    SeatLedger ledger;

    @Inject
    ChangeFeed changeFeed;

    @Inject
    ParticipantJournal journal;

    @Inject
    PersonalTraces traces;

    @Inject
    RegistrationViews mapper;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Transactional
    public ParticipantView get(UUID id) {
        return mapper.view(visible(id));
    }

    @Transactional
    public ParticipantExport export(UUID id) {
        Participant p = visible(id);
        List<Registration> held = registrations.list("participantId = ?1 order by registeredAt, id", p.id);
        Map<UUID, EventSeats> byId = new TreeMap<>();
        events.list("eventId in ?1", held.stream().map(r -> r.eventId).distinct().toList()).forEach(e -> byId.put(e.eventId, e));
        List<ParticipantExport.EventRegistration> rows = held.stream().map(r -> {
            EventSeats e = byId.get(r.eventId);
            return new ParticipantExport.EventRegistration(r.id, r.eventId, e.title, Times.local(e.startsAt), r.status,
                    r.source, Times.local(r.registeredAt), Times.local(r.statusChangedAt));
        }).toList();
        List<ParticipantExport.CohortEnrolment> enrolled = enrolments.list("participantId = ?1 order by enrolledAt, id", p.id)
                .stream().map(e -> {
                    CohortSeats c = cohorts.findById(e.cohortId);
                    return new ParticipantExport.CohortEnrolment(e.id, e.cohortId, c.name, e.programmeId, c.programmeTitle,
                            e.status, e.cancelledBy, e.movedTo, Times.local(e.enrolledAt), Times.local(e.statusChangedAt));
                }).toList();
        List<ParticipantExport.EvaluationAnswer> answers = evaluations.answersOf(p.id).stream()
                .map(a -> new ParticipantExport.EvaluationAnswer(a.eventId, events.findById(a.eventId).title, a.answeredOn,
                        a.answers)).toList();
        return new ParticipantExport(Times.local(now()), mapper.view(p), Times.local(p.createdAt),
                Times.local(p.lastActivityAt), p.erasedAt == null ? null : Times.local(p.erasedAt), rows,
                changeFeed.ofParticipant(p.id), enrolled, answers);
    }

    /** Erases on request: the person themselves, their municipality or an administrator. */
    @Transactional
    public void erase(UUID id) {
        Participant p = visible(id);
        boolean self = caller.participant().map(p.id::equals).orElse(false);
        boolean ownMunicipality = caller.is(Roles.MUNICIPALITY)
                && caller.municipality().map(p.municipalityCode::equals).orElse(false);
        if (!self && !ownMunicipality && !caller.admin()) {
            throw ProblemException.forbidden("only the person, their municipality or an administrator may erase them");
        }
        eraseOnce(p.id, ParticipantJournal.Reason.REQUEST);
    }

    /**
     * Erases one person, once: seat ledgers are locked before the person (the order
     * registrations take), so erasure never deadlocks with a concurrent registration.
     *
     * @return whether this call erased them (false when already erased)
     */
    @Inject
    EnrolmentRepository enrolments;

    @Inject
    EvaluationRepository evaluations;

    @Inject
    CohortLedger cohortLedger;

    @Inject
    CohortSeatsRepository cohorts;

    @Inject
    EnrolmentService enrolmentService;

    @Transactional(Transactional.TxType.REQUIRED)
    public boolean eraseOnce(UUID id, ParticipantJournal.Reason reason) {
        OffsetDateTime now = now();
        List<Enrolment> enrolled = enrolments.liveOfParticipant(id);
        Map<UUID, CohortLedger.Locked> cohortLedgers = new TreeMap<>(); // cohorts before their days, as enrolments lock
        enrolled.forEach(e -> cohortLedgers.put(e.cohortId, cohortLedger.lock(e.cohortId)));
        List<UUID> upcoming = registrations.upcomingEventsOf(id, now);
        Map<UUID, SeatLedger.Locked> ledgers = new TreeMap<>();
        upcoming.forEach(eventId -> ledgers.put(eventId, ledger.lock(eventId)));
        Participant p = em.find(Participant.class, id);
        if (p != null) {
            em.refresh(p, LockModeType.PESSIMISTIC_WRITE);
        }
        if (p == null || p.erasedAt != null) {
            return false;
        }
        // first, so that the notices of the cancellations below carry no HR id either
        p.givenName = ERASED_NAME;
        p.familyName = ERASED_NAME;
        p.email = "erased-" + p.id + "@erased.invalid";
        p.externalId = null;
        p.title = null;
        p.erasedAt = now;
        p.lastActivityAt = now;
        for (Enrolment e : enrolled) {
            em.refresh(e);
            if (e.status.live()) {
                enrolmentService.leave(cohortLedgers.get(e.cohortId), e, Cancellation.ERASURE);
            }
        }
        for (SeatLedger.Locked locked : ledgers.values()) {
            for (Registration r : registrations.list("eventId = ?1 and participantId = ?2", locked.event().eventId, id)) {
                em.refresh(r);
                if (r.status.live()) {
                    ledger.cancel(locked, r, Cancellation.ERASURE);
                }
            }
        }
        em.flush();
        // stored Idempotency-Key replies and kept webhook deliveries carried their name, e-mail or HR id
        traces.forget(p.id);
        evaluations.forget(p.id);
        journal.erased(p, reason);
        return true;
    }

    /**
     * The person, if the caller may see them: admins, their municipality, themselves. Organisers
     * see people only through their own events' registrations, never the person as a whole
     * (their other registrations, their change-feed entries).
     */
    private Participant visible(UUID id) {
        Participant p = participants.findById(id);
        if (p == null || !maySee(p)) {
            throw ProblemException.notFound("participant", id);
        }
        return p;
    }

    private boolean maySee(Participant p) {
        if (caller.admin() || caller.participant().map(p.id::equals).orElse(false)) {
            return true;
        }
        return caller.is(Roles.MUNICIPALITY) && caller.municipality().map(p.municipalityCode::equals).orElse(false);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
