package se.rln.events.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.rln.events.mapping.CohortSeatsView;
import se.rln.events.model.CohortSeatStatistics;
import se.rln.events.model.SeatAllotment;

/** Free seats of a cohort by the seat rules: own allotment first, then the open pool. */
class CohortSeatsTest {

    private static CohortSeatStatistics taken(int confirmed, CohortSeatStatistics.Taken... rows) {
        CohortSeatStatistics s = new CohortSeatStatistics();
        s.confirmed = confirmed;
        s.byMunicipality = List.of(rows);
        return s;
    }

    @Test
    void aMunicipalityMayTakeWhatIsLeftOfItsAllotmentAndTheOpenPool() {
        // 30 seats: 10 for Sandviken, 20 open; Sandviken holds 12 (2 from the pool), Gävle 15 from the pool
        CohortSeatsView v = CohortSeats.of(30, List.of(new SeatAllotment("2181", 10)),
                taken(27, new CohortSeatStatistics.Taken("2180", 15, 0), new CohortSeatStatistics.Taken("2181", 12, 0)),
                code -> null);
        assertEquals(3, v.free());
        assertEquals(3, v.openFree());
        assertEquals(List.of("2180", "2181"), v.byMunicipality().stream().map(CohortSeatsView.Municipality::municipalityCode).toList());
        assertEquals(3, v.byMunicipality().get(1).free());
    }

    @Test
    void reservedSeatsAreFreeOnlyForTheirMunicipality() {
        // 20 seats, 8 for Sandviken of which 1 is taken; the 12 open ones are all taken by Gävle
        CohortSeatsView v = CohortSeats.of(20, List.of(new SeatAllotment("2181", 8)),
                taken(13, new CohortSeatStatistics.Taken("2181", 1, 0), new CohortSeatStatistics.Taken("2180", 12, 2)),
                code -> code.equals("2181") ? "Sandviken" : "Gävle");
        assertEquals(7, v.free());
        assertEquals(0, v.openFree());
        assertEquals(0, v.byMunicipality().get(0).free()); // Gävle
        assertEquals(7, v.byMunicipality().get(1).free()); // Sandviken
        assertEquals("Sandviken", v.byMunicipality().get(1).municipalityName());
    }

    @Test
    void withNothingReportedEverySeatIsFree() {
        CohortSeatsView v = CohortSeats.of(24, List.of(), null, code -> null);
        assertEquals(24, v.free());
        assertEquals(24, v.openFree());
        assertEquals(List.of(), v.byMunicipality());
    }
}
