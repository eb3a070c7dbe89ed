package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.reference.Municipalities;
import se.rln.participants.mapping.RosterRow;
import se.rln.participants.model.Participant;
import se.rln.participants.model.RosterEntry;
import se.rln.participants.repository.ParticipantRepository;

/**
 * The part of every roster sync (of an event, of a cohort) that is about people: the list's
 * size and municipality, its rows checked against the municipality's stored people, the plan,
 * and the people made or changed from it. A dry run rolls the whole sync back.
 */
@ApplicationScoped
public class RosterPeople {

    public static final int MAX_ROWS = 10_000;

    @Inject
    RosterRules rules;

    @Inject
    ParticipantRepository participants;

    @Inject
    Municipalities municipalities;

    @Inject
    TransactionManager transactions;

    @Inject
    EntityManager em;

    /** Refuses an unknown municipality and a list above {@value #MAX_ROWS} rows, before any lock is taken. */
    public void checkList(String municipality, List<RosterRow> rows) {
        if (!municipalities.isMunicipality(municipality)) {
            throw ProblemException.invalid("code", "unknown municipality code " + municipality);
        }
        if (rows.size() > MAX_ROWS) {
            throw new ProblemException(413, "roster-too-large", "Roster too large", "the roster has " + rows.size()
                    + " rows; at most " + MAX_ROWS + " are accepted in one sync", null);
        }
    }

    /**
     * Checks the rows against the municipality's stored people they may name (each bad row named;
     * nothing applied), then plans the sync over what the municipality holds ({@code onRoster}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends RosterEntry> RosterPlan<E> plan(String municipality, List<RosterRow> rows, Collection<E> onRoster,
            boolean open) {
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
        // Everything after this is decided in memory under the seat lock; flushing once at commit keeps
        // ten thousand rows linear (auto-flush would walk every managed entity on each statement).
        em.setFlushMode(FlushModeType.COMMIT);
        return RosterPlan.of(rows, byExternalId, byEmail, onRoster, open);
    }

    /** The people of the plan's rows, in row order: made, changed or as stored (null where nothing is made). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Participant> write(RosterPlan<?> plan, String municipality, OffsetDateTime now) {
        List<Participant> people = new ArrayList<>(plan.rows().size());
        for (RosterPlan.Step<?> step : plan.rows()) {
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
        return people;
    }

    /** The people leaving, by id. */
    public Map<UUID, Participant> leaving(RosterPlan<?> plan) {
        return participants.byIds(plan.leaving().stream().map(RosterEntry::holder).toList());
    }

    /** A dry run: all of it done, then rolled back, so the answer is exactly what a real sync would do now. */
    public void rollback() {
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
