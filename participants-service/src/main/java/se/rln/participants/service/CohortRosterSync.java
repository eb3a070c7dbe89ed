package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.participants.mapping.CohortRosterResult;
import se.rln.participants.mapping.RosterResult;
import se.rln.participants.mapping.RosterResult.Outcome;
import se.rln.participants.mapping.RosterRow;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.Enrolment;
import se.rln.participants.model.EnrolmentStatus;
import se.rln.participants.model.Participant;
import se.rln.participants.model.RegistrationSource;
import se.rln.participants.repository.EnrolmentRepository;
import se.rln.participants.repository.EventSeatsRepository;

/**
 * A municipality's desired full list of a cohort, with the event roster's guarantees: applied
 * atomically under the cohort's ledger lock (people off the list leave first, with their coming
 * days, so their seats go to the waitlist before newcomers queue), the same list again changes
 * nothing, a dry run answers exactly what a sync would do and applies nothing. Each enrolment
 * registers its person on every coming day.
 */
@ApplicationScoped
public class CohortRosterSync {

    @Inject
    CohortLedger ledger;

    @Inject
    CohortDays days;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    EventSeatsRepository events;

    @Inject
    RegistrationAccess access;

    @Inject
    RosterPeople people;

    @Transactional
    public CohortRosterResult sync(UUID cohortId, String municipality, List<RosterRow> rows, boolean dryRun) {
        people.checkList(municipality, rows);
        CohortLedger.Locked locked = ledger.lock(cohortId);
        if (!access.ownsPeopleOf(municipality)) {
            throw ProblemException.forbidden("only municipality " + municipality + " itself syncs its roster; organisers "
                    + "enrol people one by one");
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        RosterPlan<Enrolment> plan = people.plan(municipality, rows, enrolments.onRoster(cohortId, municipality),
                !events.comingDaysOf(cohortId, now).isEmpty());
        List<CohortRosterResult.Cancelled> cancelled = leave(locked, plan);
        List<CohortRosterResult.Row> results = apply(locked, municipality, plan, now);
        int confirmed = (int) results.stream().filter(r -> r.status() == EnrolmentStatus.CONFIRMED).count();
        int waitlisted = (int) results.stream().filter(r -> r.status() == EnrolmentStatus.WAITLISTED).count();
        if (dryRun) {
            people.rollback();
        }
        return new CohortRosterResult(dryRun, new RosterResult.Summary(count(results, Outcome.ADDED),
                count(results, Outcome.UPDATED), count(results, Outcome.UNCHANGED), cancelled.size(), confirmed, waitlisted),
                results, cancelled);
    }

    private List<CohortRosterResult.Cancelled> leave(CohortLedger.Locked locked, RosterPlan<Enrolment> plan) {
        Map<UUID, Participant> leaving = people.leaving(plan);
        List<CohortRosterResult.Cancelled> cancelled = new ArrayList<>();
        boolean freed = false;
        for (Enrolment e : plan.inLeavingOrder(leaving)) {
            Participant p = leaving.get(e.participantId);
            freed |= ledger.release(locked, e, Cancellation.MUNICIPALITY);
            days.cancel(e, Cancellation.MUNICIPALITY);
            cancelled.add(new CohortRosterResult.Cancelled(e.id, p.externalId, p.email));
        }
        if (freed) {
            ledger.promote(locked).forEach(days::promote); // once, however many left
        }
        return cancelled;
    }

    private List<CohortRosterResult.Row> apply(CohortLedger.Locked locked, String municipality, RosterPlan<Enrolment> plan,
            OffsetDateTime now) {
        List<Participant> persons = people.write(plan, municipality, now);
        List<CohortRosterResult.Row> results = new ArrayList<>(plan.rows().size());
        for (int i = 0; i < plan.rows().size(); i++) {
            RosterPlan.Step<Enrolment> step = plan.rows().get(i);
            Participant p = persons.get(i);
            Enrolment e = step.held();
            Outcome outcome = step.outcome();
            if (step.registers()) {
                Enrolment elsewhere = enrolments.liveInProgramme(locked.cohort().programmeId, p.id).orElse(null);
                if (elsewhere != null) {
                    outcome = Outcome.IN_OTHER_COHORT;
                    e = null;
                } else {
                    e = new Enrolment();
                    e.id = UUID.randomUUID();
                    e.cohortId = locked.cohort().cohortId;
                    e.programmeId = locked.cohort().programmeId;
                    e.participantId = p.id;
                    e.municipalityCode = municipality;
                    e.source = RegistrationSource.MUNICIPAL_SYNC;
                    e.enrolledAt = now;
                    ledger.place(locked, e);
                    days.register(locked, e);
                }
            }
            results.add(e == null
                    ? new CohortRosterResult.Row(i + 1, step.row().externalId(), step.row().email(), outcome, null, null)
                    : new CohortRosterResult.Row(i + 1, p.externalId, p.email, outcome, e.status, e.id));
        }
        return results;
    }

    private static int count(List<CohortRosterResult.Row> results, Outcome outcome) {
        return (int) results.stream().filter(r -> r.result() == outcome).count();
    }
}
