package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.Cursor;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.PageRequest;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.EnrolmentView;
import se.rln.participants.mapping.RegistrationRequest;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.CohortSeats;
import se.rln.participants.model.Enrolment;
import se.rln.participants.model.EnrolmentStatus;
import se.rln.participants.model.Participant;
import se.rln.participants.model.RegistrationSource;
import se.rln.participants.repository.CohortSeatsRepository;
import se.rln.participants.repository.EnrolmentRepository;
import se.rln.participants.repository.EventSeatsRepository;
import se.rln.participants.repository.ParticipantRepository;
import se.rln.participants.repository.RegistrationRepository;

/**
 * One enrolment for every day: enrolling a person in a cohort registers them on each of its
 * coming days with the seat the cohort's ledger gave them; promotion, cancellation and moving
 * to another cohort act on every coming day at once.
 */
@ApplicationScoped
public class EnrolmentService {

    @Inject
    CohortLedger ledger;

    @Inject
    CohortDays days;

    @Inject
    CohortSeatsRepository cohorts;

    @Inject
    EventSeatsRepository events;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ParticipantRepository participants;

    @Inject
    ParticipantDirectory directory;

    @Inject
    EnrolmentAccess access;

    @Inject
    RegistrationAccess registrationAccess;

    @Inject
    RegistrationViews views;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Completions completions;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Transactional
    public IdempotencyKeys.Outcome<EnrolmentView> enrol(UUID cohortId, RegistrationRequest request, String idempotencyKey) {
        String municipality = request.participant().municipalityCode();
        directory.requireMunicipality(municipality);
        CohortLedger.Locked locked = ledger.lock(cohortId);
        access.mayEnrol(locked.cohort(), municipality);
        return idempotency.once("enrolments:" + cohortId + ":" + caller.subject(), idempotencyKey, request,
                EnrolmentView.class, () -> {
                    Participant p = directory.upsert(request.participant(), registrationAccess.ownsPeopleOf(municipality))
                            .person();
                    Enrolment existing = enrolments.liveInProgramme(locked.cohort().programmeId, p.id).orElse(null);
                    if (existing != null && existing.cohortId.equals(cohortId)) {
                        return view(existing, p);
                    }
                    if (existing != null) {
                        throw ProblemException.conflict("already-enrolled", "the person is enrolled in cohort "
                                + existing.cohortId + " of the programme; move that enrolment (POST /api/v1/enrolments/"
                                + existing.id + "/move) instead");
                    }
                    Enrolment e = enrolNew(locked, p, source());
                    em.flush();
                    return view(e, p);
                });
    }

    @Transactional
    public EnrolmentView cancel(UUID id) {
        Enrolment e = find(id);
        CohortLedger.Locked locked = ledger.lock(e.cohortId);
        em.refresh(e);
        if (e.status == EnrolmentStatus.CANCELLED) {
            return view(e);
        }
        Cancellation by = access.cancellationBy(locked.cohort());
        leave(locked, e, by);
        em.flush();
        return view(e);
    }

    /** Moves the person to another cohort of the programme: cancelled here (and promoted into), enrolled there. */
    @Transactional
    public EnrolmentView move(UUID id, UUID targetCohortId) {
        Enrolment e = find(id);
        CohortSeats source = cohorts.findById(e.cohortId);
        access.mayMove(source, e);
        CohortSeats target = cohorts.findById(targetCohortId);
        if (target == null || target.deleted || !target.programmeId.equals(e.programmeId)) {
            throw ProblemException.invalid("cohortId", "no cohort " + targetCohortId + " in programme " + e.programmeId);
        }
        if (targetCohortId.equals(e.cohortId)) {
            throw ProblemException.invalid("cohortId", "the person is already in cohort " + targetCohortId);
        }
        // both ledgers, in id order, so two moves in opposite directions cannot deadlock
        boolean sourceFirst = e.cohortId.compareTo(targetCohortId) < 0;
        CohortLedger.Locked first = ledger.lock(sourceFirst ? e.cohortId : targetCohortId);
        CohortLedger.Locked second = ledger.lock(sourceFirst ? targetCohortId : e.cohortId);
        CohortLedger.Locked from = sourceFirst ? first : second;
        CohortLedger.Locked to = sourceFirst ? second : first;
        em.refresh(e);
        if (e.status == EnrolmentStatus.CANCELLED) {
            throw ProblemException.conflict("enrolment-cancelled", "enrolment " + id + " is cancelled; enrol the person anew");
        }
        Participant p = participants.findById(e.participantId);
        Enrolment moved = new Enrolment();
        moved.id = UUID.randomUUID();
        e.movedTo = moved.id;
        leave(from, e, Cancellation.MOVED);
        em.flush(); // the old enrolment is no longer live in the programme before the new one is
        enrolNew(to, p, e.source, moved);
        em.flush();
        return view(moved, p);
    }

    @Transactional
    public EnrolmentView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public Page<EnrolmentView> list(UUID cohortId, String municipality, PageRequest<OffsetDateTime> page) {
        CohortSeats cohort = cohorts.findByIdOptional(cohortId).filter(c -> !c.deleted)
                .orElseThrow(() -> ProblemException.notFound("cohort", cohortId));
        String scope = access.municipalityScope(cohort);
        if (scope != null && municipality != null && !scope.equals(municipality)) {
            throw ProblemException.forbidden("a municipality sees only its own enrolments");
        }
        return page.page(enrolments.page(cohortId, scope != null ? scope : municipality, page), this::view,
                e -> new Cursor<>(e.enrolledAt, e.id));
    }

    /** A municipality's current roster of a cohort: its live enrolments, read by the organisers and the municipality. */
    @Transactional
    public java.util.List<EnrolmentView> roster(UUID cohortId, String municipality) {
        CohortSeats cohort = cohorts.findByIdOptional(cohortId).filter(c -> !c.deleted)
                .orElseThrow(() -> ProblemException.notFound("cohort", cohortId));
        if (!access.organises(cohort) && !registrationAccess.ownsPeopleOf(municipality)) {
            throw ProblemException.forbidden("a municipality sees only its own roster; coordinators those of their "
                    + "organisation's programmes");
        }
        return enrolments.onRoster(cohortId, municipality).stream().filter(e -> e.status.live()).map(this::view).toList();
    }

    private Enrolment enrolNew(CohortLedger.Locked locked, Participant p, RegistrationSource source) {
        Enrolment e = new Enrolment();
        e.id = UUID.randomUUID();
        return enrolNew(locked, p, source, e);
    }

    private Enrolment enrolNew(CohortLedger.Locked locked, Participant p, RegistrationSource source, Enrolment e) {
        if (events.comingDaysOf(locked.cohort().cohortId, now()).isEmpty()) {
            throw ProblemException.conflict("enrolment-closed", "cohort " + locked.cohort().name
                    + " has no published day still to come");
        }
        e.cohortId = locked.cohort().cohortId;
        e.programmeId = locked.cohort().programmeId;
        e.participantId = p.id;
        e.municipalityCode = p.municipalityCode;
        e.source = source;
        e.enrolledAt = now();
        ledger.place(locked, e);
        days.register(locked, e);
        return e;
    }

    /** Cancels the enrolment and its coming days, and promotes into the freed seat on every day. */
    void leave(CohortLedger.Locked locked, Enrolment e, Cancellation by) {
        boolean freed = ledger.release(locked, e, by);
        days.cancel(e, by);
        if (freed) {
            ledger.promote(locked).forEach(days::promote);
        }
    }

    private RegistrationSource source() {
        return caller.is(Roles.MUNICIPALITY) ? RegistrationSource.MUNICIPAL_SYNC : RegistrationSource.COORDINATOR;
    }

    private Enrolment find(UUID id) {
        Enrolment e = enrolments.findById(id);
        CohortSeats cohort = e == null ? null : cohorts.findById(e.cohortId);
        return access.visible(cohort, e, id);
    }

    private EnrolmentView view(Enrolment e) {
        return view(e, participants.findById(e.participantId));
    }

    EnrolmentView view(Enrolment e, Participant p) {
        var dayList = registrations.ofEnrolment(e.id).stream()
                .map(r -> new EnrolmentView.Day(r.eventId, r.id, r.status)).toList();
        return new EnrolmentView(e.id, e.cohortId, e.programmeId, views.view(p), e.municipalityCode, e.status, e.source,
                e.status == EnrolmentStatus.WAITLISTED ? enrolments.waitlistRank(e) : null, e.cancelledBy, e.movedTo, dayList,
                completions.of(e, cohorts.findById(e.cohortId)),
                Times.local(e.enrolledAt), Times.local(e.statusChangedAt), e.version);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
