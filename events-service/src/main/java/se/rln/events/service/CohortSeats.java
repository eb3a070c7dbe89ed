package se.rln.events.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import se.rln.events.mapping.CohortSeatsView;
import se.rln.events.model.CohortSeatStatistics;
import se.rln.events.model.SeatAllotment;

/**
 * Free seats of a cohort by the suite's seat rules: a municipality first fills its own allotment,
 * then competes for the open pool (capacity minus all allotments). Pure.
 */
public final class CohortSeats {

    private CohortSeats() {
    }

    public static CohortSeatsView of(int capacity, List<SeatAllotment> allotments, CohortSeatStatistics taken,
            Function<String, String> name) {
        Map<String, int[]> rows = new TreeMap<>(); // code -> {allotted, confirmed}
        allotments.forEach(a -> rows.computeIfAbsent(a.municipalityCode, c -> new int[2])[0] = a.seats);
        int confirmed = 0;
        int waitlisted = 0;
        if (taken != null) {
            confirmed = taken.confirmed;
            waitlisted = taken.waitlisted;
            taken.byMunicipality.forEach(t -> rows.computeIfAbsent(t.municipalityCode(), c -> new int[2])[1] = t.confirmed());
        }
        int reserved = 0;
        int usedOpen = 0;
        for (int[] r : rows.values()) {
            reserved += r[0];
            usedOpen += Math.max(0, r[1] - r[0]);
        }
        int free = Math.max(0, capacity - confirmed);
        int openFree = Math.min(free, Math.max(0, capacity - reserved - usedOpen));
        List<CohortSeatsView.Municipality> byMunicipality = new ArrayList<>();
        rows.forEach((code, r) -> byMunicipality.add(new CohortSeatsView.Municipality(code, name.apply(code), r[0], r[1],
                Math.min(free, Math.max(0, r[0] - r[1]) + openFree))));
        return new CohortSeatsView(confirmed, waitlisted, free, openFree, byMunicipality);
    }
}
