package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.Enrolment;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.Registration;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.repository.EventSeatsRepository;
import se.rln.participants.repository.EnrolmentRepository;
import se.rln.participants.repository.RegistrationRepository;

/**
 * Carries enrolment decisions to the cohort's days: a live enrolment has a registration with
 * its status on each coming day (published, not over). Cancelling and moving act on the days not
 * yet started: a day under way keeps who was on it. Callers hold the cohort's ledger lock; the
 * days' locks are taken after it, in date order.
 */
@ApplicationScoped
public class CohortDays {

    @Inject
    SeatLedger days;

    @Inject
    EventSeatsRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    EnrolmentRepository enrolments;

    /** Registers a new (or newly moved) enrolment on each coming day of its cohort. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void register(CohortLedger.Locked cohort, Enrolment e) {
        for (EventSeats day : events.comingDaysOf(cohort.cohort().cohortId, now())) {
            registerOn(day.eventId, e);
        }
    }

    /** A day that now takes enrolments (published, or new): everyone enrolled gets their registration on it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void catchUp(CohortLedger.Locked cohort, EventSeats day) {
        if (!day.endsAt.isAfter(now())) {
            return;
        }
        for (Enrolment e : enrolments.liveOf(cohort.cohort().cohortId)) {
            registerOn(day.eventId, e);
        }
    }

    /** An enrolment promoted in the cohort gets the seat on each coming day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void promote(Enrolment e) {
        for (Registration r : registrations.liveComingOfEnrolment(e.id, now())) {
            if (r.status == RegistrationStatus.WAITLISTED) {
                days.promoteMirror(days.lock(r.eventId), r);
            }
        }
    }

    /** An enrolment cancelled (or moved): its registrations on the days to come are cancelled too. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(Enrolment e, Cancellation by) {
        for (Registration r : registrations.liveComingOfEnrolment(e.id, now())) {
            days.release(days.lock(r.eventId), r, by);
        }
    }

    private void registerOn(UUID eventId, Enrolment e) {
        SeatLedger.Locked day = days.lock(eventId);
        if (registrations.existsOfEnrolment(eventId, e.id)) {
            return; // registered before: a day cancelled on its own stays cancelled
        }
        Registration existing = registrations.live(eventId, e.participantId).orElse(null);
        if (existing != null) {
            existing.enrolmentId = e.id;
            return;
        }
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.eventId = eventId;
        r.participantId = e.participantId;
        r.municipalityCode = e.municipalityCode;
        r.enrolmentId = e.id;
        r.source = e.source;
        r.registeredAt = now();
        days.mirror(day, r, e.status.onEachDay(), e.waitlistPosition);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
