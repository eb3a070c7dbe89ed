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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
        Map<UUID, Registration> live = new HashMap<>();
        Map<UUID, Registration> held = new HashMap<>();
        for (Registration r : registrations.onRoster(eventId, municipality)) {
            held.put(r.participantId, r);
            if (r.status.live()) {
                live.put(r.participantId, r);
            }
        }
        Map<UUID, Participant> onList = new HashMap<>();
        List<Participant> matched = new ArrayList<>(rows.size());
        for (RosterRow row : rows) {
            Participant p = row.externalId() != null ? byExternalId.get(row.externalId()) : null;
            if (p == null) {
                p = byEmail.get(row.email().toLowerCase(Locale.ROOT));
            }
            matched.add(p);
            if (p != null) {
                onList.put(p.id, p);
            }
        }

        // People no longer on the list leave first (oldest registration first; same time: by HR id, e-mail).
        List<RosterResult.Cancelled> cancelled = new ArrayList<>();
        Map<UUID, Participant> leaving = new HashMap<>();
        live.values().stream().filter(r -> !onList.containsKey(r.participantId))
                .forEach(r -> leaving.put(r.participantId, participants.findById(r.participantId)));
        Comparator<Registration> order = Comparator.comparing((Registration r) -> r.registeredAt)
                .thenComparing(r -> Objects.toString(leaving.get(r.participantId).externalId, ""))
                .thenComparing(r -> leaving.get(r.participantId).email);
        boolean freed = false;
        for (Registration r : live.values().stream().filter(r -> leaving.containsKey(r.participantId)).sorted(order).toList()) {
            Participant p = leaving.get(r.participantId);
            freed |= ledger.release(locked, r, Cancellation.MUNICIPALITY);
            cancelled.add(new RosterResult.Cancelled(r.id, p.externalId, p.email));
        }
        if (freed) {
            ledger.promote(locked); // once, however many left
        }

        boolean open = event.open(OffsetDateTime.now(ZoneOffset.UTC));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<RosterResult.Row> results = new ArrayList<>(rows.size());
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        // People first, then their registrations: each kind of row consecutive, so the inserts go in JDBC batches.
        boolean[] changed = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            RosterRow row = rows.get(i);
            Participant p = matched.get(i);
            if (p == null && !open) {
                continue; // nobody new can be registered now: the row says so below
            }
            if (p == null) {
                p = new Participant();
                p.id = UUID.randomUUID();
                p.municipalityCode = municipality;
                p.createdAt = now;
                apply(p, row, now);
                participants.persist(p);
                matched.set(i, p);
            } else if (differs(p, row)) {
                apply(p, row, now);
                changed[i] = true;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            Participant p = matched.get(i);
            Registration r = p == null ? null : held.get(p.id);
            Outcome result;
            if (r == null && !open) {
                // after registration closes only removals (and people's details) apply
                results.add(new RosterResult.Row(i + 1, rows.get(i).externalId(), rows.get(i).email(), Outcome.REGISTRATION_CLOSED, null, null));
                continue;
            }
            if (r == null) {
                r = new Registration();
                r.id = UUID.randomUUID();
                r.eventId = eventId;
                r.participantId = p.id;
                r.municipalityCode = municipality;
                r.source = RegistrationSource.MUNICIPAL_SYNC;
                r.registeredAt = now;
                ledger.place(locked, r);
                result = Outcome.ADDED;
                added++;
            } else if (changed[i]) {
                result = Outcome.UPDATED;
                updated++;
            } else {
                result = Outcome.UNCHANGED;
                unchanged++;
            }
            results.add(new RosterResult.Row(i + 1, p.externalId, p.email, result, r.status, r.id));
        }
        int confirmed = (int) results.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count();
        int waitlisted = (int) results.stream().filter(r -> r.status() == RegistrationStatus.WAITLISTED).count();
        if (dryRun) {
            rollback();
        }
        return new RosterResult(dryRun, new RosterResult.Summary(added, updated, unchanged, cancelled.size(), confirmed,
                waitlisted), results, cancelled);
    }

    private void rollback() {
        try {
            transactions.setRollbackOnly();
        } catch (SystemException e) {
            throw new IllegalStateException("cannot mark the dry run for rollback", e);
        }
    }

    private static boolean differs(Participant p, RosterRow row) {
        return !Objects.equals(p.givenName, row.givenName().strip()) || !Objects.equals(p.familyName, row.familyName().strip())
                || !Objects.equals(p.email, row.email().strip()) || !Objects.equals(p.title, row.title())
                || p.managerLevel != RosterRules.level(row.managerLevel())
                || (row.externalId() != null && !row.externalId().equals(p.externalId));
    }

    private static void apply(Participant p, RosterRow row, OffsetDateTime now) {
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
