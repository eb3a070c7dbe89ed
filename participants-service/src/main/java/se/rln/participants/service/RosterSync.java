package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.reference.Municipalities;
import se.rln.participants.mapping.RosterResult;
import se.rln.participants.mapping.RosterResult.Outcome;
import se.rln.participants.mapping.RosterRow;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.Participant;
import se.rln.participants.model.Registration;
import se.rln.participants.model.RegistrationSource;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.repository.ParticipantRepository;
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

    public static final int MAX_ROWS = 10_000;

    @Inject
    SeatLedger ledger;

    @Inject
    RegistrationAccess access;

    @Inject
    RosterRules rules;

    @Inject
    ParticipantRepository participants;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Municipalities municipalities;

    @Inject
    TransactionManager transactions;

    @Inject
    EntityManager em;

    @Transactional
    public RosterResult sync(UUID eventId, String municipality, List<RosterRow> rows, boolean dryRun) {
        if (!municipalities.isMunicipality(municipality)) {
            throw ProblemException.invalid("code", "unknown municipality code " + municipality);
        }
        if (rows.size() > MAX_ROWS) {
            throw new ProblemException(413, "roster-too-large", "Roster too large", "the roster has " + rows.size()
                    + " rows; at most " + MAX_ROWS + " are accepted in one sync", null);
        }
        SeatLedger.Locked locked = ledger.lock(eventId);
        EventSeats event = access.visibleEvent(locked.event());
        access.maySyncRoster(event, municipality);

        Map<String, Participant> byExternalId = new HashMap<>();
        Map<String, Participant> byEmail = new HashMap<>();
        List<String> externalIds = rows.stream().filter(r -> r != null && r.externalId() != null).map(RosterRow::externalId)
                .toList();
        List<String> emails = rows.stream().filter(r -> r != null && r.email() != null)
                .map(r -> r.email().strip().toLowerCase(Locale.ROOT)).toList();
        for (Participant p : participants.ofMunicipality(municipality, externalIds, emails)) {
            if (p.externalId != null) {
                byExternalId.put(p.externalId, p);
            }
            byEmail.put(p.email.toLowerCase(Locale.ROOT), p);
        }
        rules.check(rows, byExternalId, byEmail);

        // Everything below is decided in memory under the seat lock; flushing once at commit keeps
        // ten thousand rows linear (auto-flush would walk every managed entity on each statement).
        em.setFlushMode(FlushModeType.COMMIT);
        // What each of the municipality's people has on the event: live registrations (which may leave),
        // ATTENDED and NO_SHOW ones (history, unchanged whatever the list says), and cancellations by the
        // organiser or the person, which the list does not overrule.
        RosterPlan plan = RosterPlan.of(rows, byExternalId, byEmail, registrations.onRoster(eventId, municipality),
                event.open(OffsetDateTime.now(ZoneOffset.UTC)));
        List<RosterResult.Cancelled> cancelled = leave(locked, plan);
        List<RosterResult.Row> results = apply(locked, municipality, plan);
        int confirmed = (int) results.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
        int waitlisted = (int) results.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count();
        if (dryRun) {
            rollback();
        }
        return new RosterResult(dryRun, new RosterResult.Summary(count(results, Outcome.ADDED), count(results, Outcome.UPDATED),
                count(results, Outcome.UNCHANGED), cancelled.size(), confirmed, waitlisted), results, cancelled);
    }

    /** People no longer on the list leave first, so their seats go to the waitlist before newcomers queue. */
    private List<RosterResult.Cancelled> leave(SeatLedger.Locked locked, RosterPlan plan) {
        Map<UUID, Participant> people = participants.byIds(plan.leaving().stream().map(r -> r.participantId).toList());
        List<RosterResult.Cancelled> cancelled = new ArrayList<>();
        boolean freed = false;
        for (Registration r : plan.inLeavingOrder(people)) {
            Participant p = people.get(r.participantId);
            freed |= ledger.release(locked, r, Cancellation.MUNICIPALITY);
            cancelled.add(new RosterResult.Cancelled(r.id, p.externalId, p.email));
        }
        if (freed) {
            ledger.promote(locked); // once, however many left
        }
        return cancelled;
    }

    /** People first, then their registrations: each kind of row consecutive, so the inserts go in JDBC batches. */
    private List<RosterResult.Row> apply(SeatLedger.Locked locked, String municipality, RosterPlan plan) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Participant> people = new ArrayList<>(plan.rows().size());
        for (RosterPlan.Step step : plan.rows()) {
            Participant p = step.person();
            if (step.change() == RosterPlan.PersonChange.NEW) {
                p = new Participant();
                p.id = UUID.randomUUID();
                p.municipalityCode = municipality;
                p.createdAt = now;
                write(p, step.row(), now);
                participants.persist(p);
            } else if (step.change() == RosterPlan.PersonChange.UPDATE) {
                write(p, step.row(), now);
            }
            people.add(p);
        }
        List<RosterResult.Row> results = new ArrayList<>(plan.rows().size());
        for (int i = 0; i < plan.rows().size(); i++) {
            RosterPlan.Step step = plan.rows().get(i);
            Participant p = people.get(i);
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

    private void rollback() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("cannot mark the dry run for rollback", e);
        }
    }

    private static void write(Participant p, RosterRow row, OffsetDateTime now) {
        if (row.externalId() != null) {
            p.externalId = row.externalId();
        }
        p.givenName = row.givenName().strip();
        p.familyName = row.familyName().strip();
        p.email = row.email().strip();
        p.title = row.title();
        p.managerLevel = RosterRules.level(row.managerLevel());
        p.lastActivityAt = now;
    }
}
