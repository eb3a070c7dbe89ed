package se.rln.participants.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import se.rln.participants.mapping.RosterResult.Outcome;
import se.rln.participants.mapping.RosterRow;
import se.rln.participants.model.Participant;
import se.rln.participants.model.RosterEntry;

/**
 * What a roster sync (of an event or a cohort) does, decided from the list and what is stored before anything is written:
 * for each row the person it names (by HR id, else e-mail) and what happens to them and their
 * registration or enrolment; and the live ones of people no longer on the list. Pure: it reads the
 * entities it is given and changes none.
 *
 * @param rows one step per row, in the order sent
 * @param leaving live registrations whose person is not on the list (put in cancelling order by {@link #inLeavingOrder})
 */
public record RosterPlan<E extends RosterEntry>(List<Step<E>> rows, List<E> leaving) {

    /** What happens to the person a row names. */
    public enum PersonChange {
        /** Nobody stored: a new person is made from the row. */
        NEW,
        /** Stored, with details the row changes. */
        UPDATE,
        /** Stored, as the row says. */
        KEEP,
        /** Nobody stored, and registration is closed: nothing is made. */
        NONE
    }

    /**
     * One row's step.
     *
     * @param person the stored person the row names, or null
     * @param held their registration on the event in any state, or null
     * @param outcome what the sync answers for the row
     */
    public record Step<E extends RosterEntry>(RosterRow row, Participant person, PersonChange change, E held, Outcome outcome) {

        /** Whether a registration is made for the row. */
        public boolean registers() {
            return outcome == Outcome.ADDED;
        }
    }

    /**
     * Plans a sync of {@code rows} (already checked by {@link RosterRules}) given the
     * municipality's stored people they may name and its registrations on the event.
     */
    public static <E extends RosterEntry> RosterPlan<E> of(List<RosterRow> rows, Map<String, Participant> byExternalId,
            Map<String, Participant> byEmail, Collection<E> onRoster, boolean open) {
        Map<UUID, E> held = new HashMap<>();
        onRoster.forEach(r -> held.put(r.holder(), r));
        Set<UUID> onList = new HashSet<>();
        List<Step<E>> steps = new ArrayList<>(rows.size());
        for (RosterRow row : rows) {
            Participant p = row.externalId() != null ? byExternalId.get(row.externalId()) : null;
            if (p == null) {
                p = byEmail.get(row.email().toLowerCase(Locale.ROOT));
            }
            E r = p == null ? null : held.get(p.id);
            if (p != null) {
                onList.add(p.id);
            }
            PersonChange change = p == null ? (open ? PersonChange.NEW : PersonChange.NONE)
                    : differs(p, row) ? PersonChange.UPDATE : PersonChange.KEEP;
            Outcome outcome = r == null ? (open ? Outcome.ADDED : Outcome.REGISTRATION_CLOSED)
                    : change == PersonChange.UPDATE ? Outcome.UPDATED : Outcome.UNCHANGED;
            steps.add(new Step<>(row, p, change, r, outcome));
        }
        List<E> leaving = onRoster.stream().filter(r -> r.holds() && !onList.contains(r.holder())).toList();
        return new RosterPlan<>(List.copyOf(steps), leaving);
    }

    /** The leaving registrations in the order they are cancelled: oldest first, then by HR id, then e-mail. */
    public List<E> inLeavingOrder(Map<UUID, Participant> people) {
        Comparator<E> order = Comparator.comparing((E r) -> r.since())
                .thenComparing(r -> Objects.toString(people.get(r.holder()).externalId, ""))
                .thenComparing(r -> people.get(r.holder()).email);
        return leaving.stream().sorted(order).toList();
    }

    /** Whether the row changes anything of what is stored about the person. */
    static boolean differs(Participant p, RosterRow row) {
        return !Objects.equals(p.givenName, row.givenName().strip()) || !Objects.equals(p.familyName, row.familyName().strip())
                || !Objects.equals(p.email, row.email().strip()) || !Objects.equals(p.title, row.title())
                || p.managerLevel != RosterRules.level(row.managerLevel())
                || (row.externalId() != null && !row.externalId().equals(p.externalId));
    }
}
