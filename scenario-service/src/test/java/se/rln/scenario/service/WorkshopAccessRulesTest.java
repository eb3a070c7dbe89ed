package se.rln.scenario.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.security.Caller;
import se.rln.commons.testing.TestCallers;
import se.rln.scenario.model.Workshop;

/**
 * Who facilitates and organises a workshop: its named facilitators, coordinators of its
 * organisers and admins; to an unnamed facilitator, another organiser or a municipality it does
 * not exist. (Members, who are read from the database, are covered by WorkshopAuthorizationTest.)
 */
class WorkshopAccessRulesTest {

    private static final UUID KOMMUNFORBUNDET_SKANE = UUID.randomUUID();

    private static WorkshopAccess as(Caller caller) {
        WorkshopAccess access = new WorkshopAccess();
        access.caller = caller;
        return access;
    }

    private static Workshop scenarioCross(UUID eventId, List<UUID> organisers) {
        Workshop w = new Workshop();
        w.id = UUID.randomUUID();
        w.eventId = eventId;
        w.organisers.addAll(organisers);
        w.facilitators.add("facilitator-karin");
        return w;
    }

    @Test
    void theNamedFacilitatorAndTheOrganisersFacilitateAndNobodyElseSeesIt() {
        Workshop w = scenarioCross(UUID.randomUUID(), List.of(KOMMUNFORBUNDET_SKANE));
        for (Caller facilitating : List.of(TestCallers.facilitator("facilitator-karin"),
                TestCallers.coordinator(KOMMUNFORBUNDET_SKANE), TestCallers.admin())) {
            assertSame(w, as(facilitating).visible(w, w.id));
            as(facilitating).requireFacilitator(w);
        }
        for (Caller stranger : List.of(TestCallers.facilitator("facilitator-other"), TestCallers.coordinator(UUID.randomUUID()),
                TestCallers.municipality("1280"), TestCallers.anonymous())) {
            assertFalse(as(stranger).facilitates(w));
            assertEquals(404, assertThrows(ProblemException.class, () -> as(stranger).visible(w, w.id)).status());
        }
    }

    @Test
    void anEventsWorkshopIsOrganisedByTheEventsOrganisersNotItsFacilitator() {
        Workshop w = scenarioCross(UUID.randomUUID(), List.of(KOMMUNFORBUNDET_SKANE));
        assertTrue(as(TestCallers.coordinator(KOMMUNFORBUNDET_SKANE)).organises(w));
        ProblemException e = assertThrows(ProblemException.class,
                () -> as(TestCallers.facilitator("facilitator-karin")).requireOrganiser(w));
        assertEquals(403, e.status());
        assertEquals("only the organisers of the workshop's event name its facilitators", e.getMessage());
    }

    @Test
    void aStandaloneWorkshopIsOrganisedByItsFacilitators() {
        Workshop w = scenarioCross(null, List.of());
        assertTrue(as(TestCallers.facilitator("facilitator-karin")).organises(w));
        assertFalse(as(TestCallers.facilitator("facilitator-other")).organises(w));
    }

    @Test
    void onlyParticipantsAreMembersAndOthersNeverReachTheMemberList() {
        Workshop w = scenarioCross(UUID.randomUUID(), List.of(KOMMUNFORBUNDET_SKANE));
        // no repository behind this access: a non-participant's answer cannot have come from the member list
        assertTrue(as(TestCallers.admin()).member(w).isEmpty());
        assertTrue(as(TestCallers.facilitator("facilitator-karin")).member(w).isEmpty());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> as(TestCallers.facilitator("facilitator-other")).requireParticipant(w, null)).status());
    }
}
