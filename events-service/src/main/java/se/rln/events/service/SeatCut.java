package se.rln.events.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.problem.Violation;

/**
 * How many confirmed people a capacity and a set of allotments leave without a seat. Allotted
 * seats are reserved for their municipality; everyone else shares the open pool (capacity minus
 * all allotments), as participants-service decides seats. The counts are events-service's latest
 * seat report, so a registration decided in the last moment may be missing: participants-service
 * then keeps everyone (see {@link se.rln.events.model.OverbookingPolicy#KEEP}).
 */
public record SeatCut(int capacity, int reserved, int confirmed, int unseated) {

    public static SeatCut of(int capacity, Map<String, Integer> allotments, Map<String, Integer> confirmedBy) {
        int reserved = allotments.values().stream().mapToInt(Integer::intValue).sum();
        int openUsed = 0;
        int confirmed = 0;
        for (var entry : confirmedBy.entrySet()) {
            confirmed += entry.getValue();
            openUsed += Math.max(0, entry.getValue() - allotments.getOrDefault(entry.getKey(), 0));
        }
        int openPool = Math.max(0, capacity - reserved);
        return new SeatCut(capacity, reserved, confirmed, Math.max(0, openUsed - openPool));
    }

    /** The 409 for a change that unseats more people than the event's seats do now. */
    public ProblemException refusal() {
        List<Violation> violations = new ArrayList<>();
        violations.add(new Violation("capacity", "capacity " + capacity + " with " + reserved
                + " seats allotted leaves " + unseated + " of the " + confirmed + " confirmed without a seat"));
        violations.add(new Violation("overbookingPolicy", "is required for this change: KEEP or WAITLIST_NEWEST"));
        return new ProblemException(409, "overbooked", "The change overbooks the event",
                unseated + " of " + confirmed + " confirmed people would have no seat; say overbookingPolicy KEEP (they keep "
                        + "their seats) or WAITLIST_NEWEST (the newest go to the head of the waitlist)",
                violations);
    }
}
