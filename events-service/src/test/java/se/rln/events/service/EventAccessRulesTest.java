package se.rln.events.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.security.Caller;
import se.rln.commons.testing.TestCallers;
import se.rln.events.model.Event;
import se.rln.events.model.EventStatus;

/** Who sees and changes an event: its host, its co-host, another organiser, a municipality, anyone. */
class EventAccessRulesTest {

    private static final UUID KOMMUNFORBUNDET_SKANE = UUID.randomUUID();
    private static final UUID REGION_SKANE = UUID.randomUUID();
    private static final UUID REGION_HALLAND = UUID.randomUUID();

    private static EventAccess as(Caller caller) {
        EventAccess access = new EventAccess();
        access.caller = caller;
        return access;
    }

    private static Event skaneDay(EventStatus status) {
        Event e = new Event();
        e.id = UUID.randomUUID();
        e.status = status;
        e.hostOrganisationId = KOMMUNFORBUNDET_SKANE;
        e.coHostOrganisationIds.add(REGION_SKANE);
        return e;
    }

    @Test
    void aDraftExistsOnlyForItsOrganisersAndAdmins() {
        Event draft = skaneDay(EventStatus.DRAFT);
        assertSame(draft, as(TestCallers.coordinator(KOMMUNFORBUNDET_SKANE)).visible(draft, draft.id));
        assertSame(draft, as(TestCallers.coordinator(REGION_SKANE)).visible(draft, draft.id));
        assertSame(draft, as(TestCallers.admin()).visible(draft, draft.id));
        for (Caller stranger : List.of(TestCallers.coordinator(REGION_HALLAND), TestCallers.municipality("1280"),
                TestCallers.facilitator("facilitator-x"), TestCallers.anonymous())) {
            ProblemException e = assertThrows(ProblemException.class, () -> as(stranger).visible(draft, draft.id));
            assertEquals(404, e.status(), stranger.subject());
        }
        Event published = skaneDay(EventStatus.PUBLISHED);
        assertSame(published, as(TestCallers.anonymous()).visible(published, published.id));
    }

    @Test
    void coHostsChangeTheContentButOnlyTheHostDecidesWhoOrganisesIt() {
        Event day = skaneDay(EventStatus.PUBLISHED);
        assertSame(day, as(TestCallers.coordinator(REGION_SKANE)).changeable(day, day.id));
        ProblemException coHost = assertThrows(ProblemException.class,
                () -> as(TestCallers.coordinator(REGION_SKANE)).hosted(day, day.id, "cancel"));
        assertEquals(403, coHost.status());
        assertEquals("only coordinators of the hosting organisation may cancel event " + day.id, coHost.getMessage());
        assertSame(day, as(TestCallers.coordinator(KOMMUNFORBUNDET_SKANE)).hosted(day, day.id, "cancel"));
        assertEquals(403, assertThrows(ProblemException.class,
                () -> as(TestCallers.coordinator(REGION_HALLAND)).changeable(day, day.id)).status());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> as(TestCallers.municipality("1280")).changeable(day, day.id)).status());
    }

    @Test
    void aCoordinatorCreatesEventsOnlyForTheirOwnOrganisation() {
        as(TestCallers.coordinator(REGION_SKANE)).mayHost(REGION_SKANE);
        as(TestCallers.admin()).mayHost(REGION_HALLAND);
        assertEquals(403, assertThrows(ProblemException.class,
                () -> as(TestCallers.coordinator(REGION_SKANE)).mayHost(REGION_HALLAND)).status());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> as(TestCallers.municipality("1280")).mayHost(REGION_SKANE)).status());
    }

    @Test
    void listsShowTheDraftsOfTheCallersOwnOrganisationOnly() {
        assertNull(as(TestCallers.admin()).draftsVisibleOf());
        assertEquals(List.of(REGION_SKANE), as(TestCallers.coordinator(REGION_SKANE)).draftsVisibleOf());
        assertTrue(as(TestCallers.municipality("1280")).draftsVisibleOf().isEmpty());
        assertFalse(as(TestCallers.anonymous()).canChange(skaneDay(EventStatus.DRAFT)));
    }
}
