package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.participants.messaging.outbound.EnrolmentEventType;
import se.rln.participants.messaging.outbound.EnrolmentJournal;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.CohortMunicipalitySeats;
import se.rln.participants.model.CohortSeats;
import se.rln.participants.model.Enrolment;
import se.rln.participants.model.EnrolmentStatus;
import se.rln.participants.repository.CohortSeatsRepository;
import se.rln.participants.repository.EnrolmentRepository;
import se.rln.participants.repository.RegistrationRepository;

/**
 * Seat decisions of cohorts, under the cohort's ledger lock (see {@link #lock}), by the same
 * {@link SeatRules} as an event's. Only enrolments are decided here; {@link CohortDays} carries
 * each decision to the cohort's days.
 */
@ApplicationScoped
public class CohortLedger {

    /** A cohort's ledger, locked until the transaction ends. */
    public record Locked(CohortSeats cohort, Map<String, CohortMunicipalitySeats> rows) {
    }

    @Inject
    CohortSeatsRepository cohorts;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    RegistrationRepository registrations;

    @Inject
    EnrolmentJournal journal;

    @Inject
    EntityManager em;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Locks the cohort's ledger (before any of its days' ledgers) until the transaction ends; 404 when unknown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Locked lock(UUID cohortId) {
        String key = "cohort-ledger:" + cohortId;
        Locked held = (Locked) transactions.getResource(key);
        if (held != null) {
            return held;
        }
        CohortSeats cohort = cohorts.lock(cohortId).filter(c -> !c.deleted)
                .orElseThrow(() -> ProblemException.notFound("cohort", cohortId));
        Map<String, CohortMunicipalitySeats> rows = new LinkedHashMap<>();
        cohorts.rowsOf(cohortId).forEach(r -> rows.put(r.municipalityCode, r));
        Locked locked = new Locked(cohort, rows);
        transactions.putResource(key, locked);
        return locked;
    }

    /** Gives a new enrolment a seat if the rules allow, otherwise the next place in the cohort's waitlist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(Locked ledger, Enrolment e) {
        CohortMunicipalitySeats row = row(ledger, e.municipalityCode);
        if (SeatRules.canConfirm(ledger.cohort().capacity, ledger.cohort().confirmed, ledger.rows().values(),
                e.municipalityCode)) {
            e.status = EnrolmentStatus.CONFIRMED;
            ledger.cohort().confirmed++;
            row.confirmed++;
        } else {
            e.status = EnrolmentStatus.WAITLISTED;
            e.waitlistPosition = registrations.nextWaitlistPosition();
            ledger.cohort().waitlisted++;
            row.waitlisted++;
        }
        e.statusChangedAt = now();
        enrolments.persist(e);
        journal.record(ledger.cohort(), ledger.rows().values(), e,
                e.status == EnrolmentStatus.CONFIRMED ? EnrolmentEventType.CONFIRMED : EnrolmentEventType.WAITLISTED);
    }

    /**
     * Cancels a live enrolment without promoting anyone yet.
     *
     * @return whether a confirmed seat was freed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean release(Locked ledger, Enrolment e, Cancellation by) {
        CohortMunicipalitySeats row = row(ledger, e.municipalityCode);
        boolean freedSeat = e.status == EnrolmentStatus.CONFIRMED;
        if (freedSeat) {
            ledger.cohort().confirmed--;
            row.confirmed--;
        } else {
            ledger.cohort().waitlisted--;
            row.waitlisted--;
        }
        e.status = EnrolmentStatus.CANCELLED;
        e.cancelledBy = by;
        e.waitlistPosition = null;
        e.statusChangedAt = now();
        journal.record(ledger.cohort(), ledger.rows().values(), e,
                by == Cancellation.MOVED ? EnrolmentEventType.MOVED : EnrolmentEventType.CANCELLED);
        return freedSeat;
    }

    /**
     * Promotes waitlisted enrolments in waitlist order while seats are free; someone whose
     * municipality cannot use the free seat keeps their place.
     *
     * @return the enrolments promoted, to be carried to their days
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Enrolment> promote(Locked ledger) {
        em.flush();
        List<Enrolment> promoted = new ArrayList<>();
        for (Enrolment e : enrolments.waitlist(ledger.cohort().cohortId)) {
            if (ledger.cohort().confirmed >= ledger.cohort().capacity) {
                break;
            }
            if (!SeatRules.canConfirm(ledger.cohort().capacity, ledger.cohort().confirmed, ledger.rows().values(),
                    e.municipalityCode)) {
                continue;
            }
            CohortMunicipalitySeats row = row(ledger, e.municipalityCode);
            row.waitlisted--;
            row.confirmed++;
            ledger.cohort().waitlisted--;
            ledger.cohort().confirmed++;
            e.status = EnrolmentStatus.CONFIRMED;
            e.waitlistPosition = null;
            e.statusChangedAt = now();
            journal.record(ledger.cohort(), ledger.rows().values(), e, EnrolmentEventType.PROMOTED);
            promoted.add(e);
        }
        return promoted;
    }

    CohortMunicipalitySeats row(Locked ledger, String municipality) {
        return ledger.rows().computeIfAbsent(municipality, code -> {
            CohortMunicipalitySeats row = new CohortMunicipalitySeats();
            row.cohortId = ledger.cohort().cohortId;
            row.municipalityCode = code;
            cohorts.persist(row);
            return row;
        });
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
