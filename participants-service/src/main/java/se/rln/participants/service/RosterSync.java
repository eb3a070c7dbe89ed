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
import se.rln.participants.mapping.RosterResult;
import se.rln.participants.mapping.RosterResult.Outcome;
import se.rln.participants.mapping.RosterRow;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.Participant;
import se.rln.participants.model.Registration;
import se.rln.participants.model.RegistrationSource;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.repository.RegistrationRepository;

/**
 * A municipality's desired full list of attendees of an event, applied atomically under the
 * event's seat lock: new people are registered, changed details updated, people no longer on
 * the list cancelled (first, so their seats go to the waitlist before newcomers queue). The
 * same list again changes nothing and emits nothing. A dry run does all of it and rolls back,
 * so its answer is exactly what a real sync would do now.
 */
@ApplicationScoped
public class RosterSync {

    public static final int MAX_ROWS = RosterPeople.MAX_ROWS;

    @Inject
    SeatLedger ledger;

    @Inject
    RegistrationAccess access;

    @Inject
    RosterPeople people;

    @Inject
    RegistrationRepository registrations;

    @Transactional
    public RosterResult sync(UUID eventId, String municipality, List<RosterRow> rows, boolean dryRun) {
        people.checkList(municipality, rows);
        SeatLedger.Locked locked = ledger.lock(eventId);
        EventSeats event = access.visibleEvent(locked.event());
        access.maySyncRoster(event, municipality);
        // What each of the municipality's people has on the event: live registrations (which may leave),
        // ATTENDED and NO_SHOW ones (history, unchanged whatever the list says), and cancellations by the
        // organiser or the person, which the list does not overrule.
        RosterPlan<Registration> plan = people.plan(municipality, rows, registrations.onRoster(eventId, municipality),
                event.open(OffsetDateTime.now(ZoneOffset.UTC)));
        List<RosterResult.Cancelled> cancelled = leave(locked, plan);
        List<RosterResult.Row> results = apply(locked, municipality, plan);
        int confirmed = (int) results.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
        int waitlisted = (int) results.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count();
        if (dryRun) {
            people.rollback();
        }
        return new RosterResult(dryRun, new RosterResult.Summary(count(results, Outcome.ADDED), count(results, Outcome.UPDATED),
                count(results, Outcome.UNCHANGED), cancelled.size(), confirmed, waitlisted), results, cancelled);
    }

    /** People no longer on the list leave first, so their seats go to the waitlist before newcomers queue. */
    private List<RosterResult.Cancelled> leave(SeatLedger.Locked locked, RosterPlan<Registration> plan) {
        Map<UUID, Participant> leaving = people.leaving(plan);
        List<RosterResult.Cancelled> cancelled = new ArrayList<>();
        boolean freed = false;
        for (Registration r : plan.inLeavingOrder(leaving)) {
            Participant p = leaving.get(r.participantId);
            freed |= ledger.release(locked, r, Cancellation.MUNICIPALITY);
            cancelled.add(new RosterResult.Cancelled(r.id, p.externalId, p.email));
        }
        if (freed) {
            ledger.promote(locked); // once, however many left
        }
        return cancelled;
    }

    /** People first, then their registrations: each kind of row consecutive, so the inserts go in JDBC batches. */
    private List<RosterResult.Row> apply(SeatLedger.Locked locked, String municipality, RosterPlan<Registration> plan) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Participant> persons = people.write(plan, municipality, now);
        List<RosterResult.Row> results = new ArrayList<>(plan.rows().size());
        for (int i = 0; i < plan.rows().size(); i++) {
            RosterPlan.Step<Registration> step = plan.rows().get(i);
            Participant p = persons.get(i);
            Registration r = step.held();
            if (step.registers()) {
                r = new Registration();
                r.id = UUID.randomUUID();
                r.eventId = locked.event().eventId;
                r.participantId = p.id;
                r.municipalityCode = municipality;
                r.source = RegistrationSource.MUNICIPAL_SYNC;
                r.registeredAt = now;
                ledger.place(locked, r);
            }
            results.add(r == null
                    // after registration closes only removals (and people's details) apply
                    ? new RosterResult.Row(i + 1, step.row().externalId(), step.row().email(), step.outcome(), null, null)
                    : new RosterResult.Row(i + 1, p.externalId, p.email, step.outcome(), r.status, r.id));
        }
        return results;
    }

    private static int count(List<RosterResult.Row> results, Outcome outcome) {
        return (int) results.stream().filter(r -> r.result() == outcome).count();
    }
}
