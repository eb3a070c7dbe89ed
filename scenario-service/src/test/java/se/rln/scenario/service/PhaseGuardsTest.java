package se.rln.scenario.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.rln.scenario.model.Phase;
import se.rln.scenario.service.PhaseGuards.GroupProgress;

/** What must be true before a workshop enters each phase; a refusal names every group not ready. */
class PhaseGuardsTest {

    private static GroupProgress group(String name, boolean focal, List<Integer> raters, int members, boolean axes,
            int narratives, boolean assessed) {
        return new GroupProgress(name, focal, raters, members, axes, narratives, assessed);
    }

    private static final GroupProgress READY = group("Grupp 1", true, List.of(3, 3, 2), 3, true, 4, true);

    @Test
    void aWorkshopWithoutGroupsCannotBegin() {
        assertEquals("cannot move to FOCAL_QUESTION: the workshop has no groups yet",
                PhaseGuards.refusal(Phase.FOCAL_QUESTION, 3, List.of()));
        assertNull(PhaseGuards.refusal(Phase.FOCAL_QUESTION, 3, List.of(READY)));
    }

    @Test
    void everyGroupNotReadyIsNamedWithWhatItLacks() {
        GroupProgress lund = group("Lund", false, List.of(1), 4, false, 2, false);
        GroupProgress malmo = group("Malmö", false, List.of(), 4, false, 0, false);
        assertEquals("cannot move to DRIVERS: Lund has no focal question; Malmö has no focal question",
                PhaseGuards.refusal(Phase.DRIVERS, 3, List.of(READY, lund, malmo)));
        assertEquals("cannot move to RATING: Lund has 1 driver(s); 2 are needed; Malmö has 0 driver(s); 2 are needed",
                PhaseGuards.refusal(Phase.RATING, 3, List.of(lund, READY, malmo)));
        assertEquals("cannot move to SCENARIOS: Lund has not confirmed its axes",
                PhaseGuards.refusal(Phase.SCENARIOS, 3, List.of(READY, lund)));
        assertEquals("cannot move to STRATEGIES: Lund has 2 of 4 scenarios with a narrative",
                PhaseGuards.refusal(Phase.STRATEGIES, 3, List.of(lund)));
        assertEquals("cannot move to COMPLETED: Lund has no strategy assessed in all four scenarios",
                PhaseGuards.refusal(Phase.COMPLETED, 3, List.of(READY, lund)));
    }

    @Test
    void axesNeedTwoDriversRatedByTheMinimumOrByEveryMemberOfASmallGroup() {
        // three ratings needed; only one driver has them
        assertEquals("cannot move to AXES: Ystad has 1 driver(s) rated by 3 or more; 2 are needed",
                PhaseGuards.refusal(Phase.AXES, 3, List.of(group("Ystad", true, List.of(3, 2, 2), 5, false, 0, false))));
        // a group of two cannot give three ratings: two suffice
        assertNull(PhaseGuards.refusal(Phase.AXES, 3, List.of(group("Höör", true, List.of(2, 2), 2, false, 0, false))));
        // and a group with no members yet needs one rating each
        assertNull(PhaseGuards.refusal(Phase.AXES, 3, List.of(group("Tomma", true, List.of(1, 1), 0, false, 0, false))));
    }

    @Test
    void phasesWithoutAGuardAreAlwaysOpen() {
        GroupProgress nothing = group("Ny", false, List.of(), 0, false, 0, false);
        assertNull(PhaseGuards.refusal(Phase.SETUP, 3, List.of(nothing)));
        assertNull(PhaseGuards.refusal(Phase.FOCAL_QUESTION, 3, List.of(nothing)));
    }
}
