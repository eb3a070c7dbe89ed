package se.rln.participants.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.rln.participants.model.MunicipalitySeats;

class SeatRulesTest {

    private static MunicipalitySeats row(String code, int allotted, int confirmed) {
        MunicipalitySeats r = new MunicipalitySeats();
        r.municipalityCode = code;
        r.allotted = allotted;
        r.confirmed = confirmed;
        return r;
    }

    @Test
    void withoutAllotmentsTheCapacityIsOneOpenPool() {
        assertTrue(SeatRules.canConfirm(60, 59, List.of(row("1280", 0, 59)), "1280"));
        assertFalse(SeatRules.canConfirm(60, 60, List.of(row("1280", 0, 60)), "1281"));
    }

    @Test
    void anAllotmentIsReservedForItsMunicipality() {
        // capacity 10: Malmö has 4 reserved, the open pool is 6 and Lund has used all of it
        var rows = List.of(row("1280", 4, 0), row("1281", 0, 6));
        assertFalse(SeatRules.canConfirm(10, 6, rows, "1281"), "Lund may not take Malmö's reserved seats");
        assertTrue(SeatRules.canConfirm(10, 6, rows, "1280"), "Malmö still has its own");
        assertFalse(SeatRules.canConfirm(10, 6, rows, "0127"), "Botkyrka has no allotment and the pool is used");
    }

    @Test
    void aMunicipalityBeyondItsAllotmentSharesTheOpenPool() {
        // capacity 10, Malmö 4 reserved and 5 confirmed (1 from the pool of 6), Lund 3 from the pool
        var rows = List.of(row("1280", 4, 5), row("1281", 0, 3));
        assertTrue(SeatRules.canConfirm(10, 8, rows, "1281"), "2 of the pool's 6 are left");
        var full = List.of(row("1280", 4, 6), row("1281", 0, 4));
        assertFalse(SeatRules.canConfirm(10, 10, full, "1280"));
    }
}
