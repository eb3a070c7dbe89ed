package se.rln.participants.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.security.Caller;
import se.rln.commons.testing.TestCallers;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.EventStatus;
import se.rln.participants.model.MunicipalitySeats;
import se.rln.participants.model.Registration;

/** Who sees and touches registrations: the municipality that owns the person, the organisers, the person, nobody else. */
class RegistrationAccessRulesTest {

    private static final UUID KOMMUNFORBUNDET_SKANE = UUID.randomUUID();
    private static final UUID REGION_HALLAND = UUID.randomUUID();

    private static RegistrationAccess as(Caller caller) {
        RegistrationAccess access = new RegistrationAccess();
        access.caller = caller;
        return access;
    }

    private static EventSeats skaneDay(EventStatus status) {
        EventSeats e = new EventSeats();
        e.eventId = UUID.randomUUID();
        e.status = status;
        e.regionCode = "12";
        e.organisers.add(KOMMUNFORBUNDET_SKANE);
        return e;
    }

    private static Registration of(String municipality) {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.participantId = UUID.randomUUID();
        r.municipalityCode = municipality;
        return r;
    }

    @Test
    void aRegistrationIsSeenByItsMunicipalityItsPersonAndTheOrganisersOnly() {
        EventSeats day = skaneDay(EventStatus.PUBLISHED);
        Registration malmo = of("1280");
        assertSame(malmo, as(TestCallers.municipality("1280")).visible(day, malmo, malmo.id));
        assertSame(malmo, as(TestCallers.participant(malmo.participantId, "1280")).visible(day, malmo, malmo.id));
        assertSame(malmo, as(TestCallers.coordinator(KOMMUNFORBUNDET_SKANE)).visible(day, malmo, malmo.id));
        for (Caller stranger : new Caller[] { TestCallers.municipality("1281"), TestCallers.participant(UUID.randomUUID(), "1280"),
                TestCallers.coordinator(REGION_HALLAND), TestCallers.facilitator("facilitator-x") }) {
            assertEquals(404, assertThrows(ProblemException.class, () -> as(stranger).visible(day, malmo, malmo.id)).status());
        }
    }

    @Test
    void onlyTheMunicipalityItselfSyncsItsRosterWhileOrganisersMayReadIt() {
        EventSeats day = skaneDay(EventStatus.PUBLISHED);
        as(TestCallers.municipality("1280")).maySyncRoster(day, "1280");
        assertEquals(403, assertThrows(ProblemException.class,
                () -> as(TestCallers.municipality("1281")).maySyncRoster(day, "1280")).status());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> as(TestCallers.coordinator(KOMMUNFORBUNDET_SKANE)).maySyncRoster(day, "1280")).status());
        as(TestCallers.coordinator(KOMMUNFORBUNDET_SKANE)).mayReadRoster(day, "1280");
        assertEquals(403, assertThrows(ProblemException.class,
                () -> as(TestCallers.coordinator(REGION_HALLAND)).mayReadRoster(day, "1280")).status());
    }

    @Test
    void organisersRegisterOnlyPeopleOfMunicipalitiesTheEventIsOpenTo() {
        EventSeats day = skaneDay(EventStatus.PUBLISHED);
        MunicipalitySeats kungsbacka = new MunicipalitySeats();
        kungsbacka.municipalityCode = "1384";
        kungsbacka.allotted = 2;
        SeatLedger.Locked locked = new SeatLedger.Locked(day, Map.of("1384", kungsbacka));
        RegistrationAccess organiser = as(TestCallers.coordinator(KOMMUNFORBUNDET_SKANE));
        organiser.mayRegister(locked, "1280");
        organiser.mayRegister(locked, "1384");
        ProblemException gotland = assertThrows(ProblemException.class, () -> organiser.mayRegister(locked, "0980"));
        assertEquals(403, gotland.status());
        assertTrue(gotland.getMessage().contains("is not open to municipality 0980"), gotland.getMessage());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> as(TestCallers.municipality("1281")).mayRegister(locked, "1280")).status());
    }

    @Test
    void aDraftIsNobodysButItsOrganisersAndEachCancellationSaysWhoCancelled() {
        EventSeats draft = skaneDay(EventStatus.DRAFT);
        assertEquals(404, assertThrows(ProblemException.class,
                () -> as(TestCallers.municipality("1280")).visibleEvent(draft)).status());
        assertSame(draft, as(TestCallers.coordinator(KOMMUNFORBUNDET_SKANE)).visibleEvent(draft));
        assertNull(as(TestCallers.admin()).municipalityScope(draft));
        assertEquals("1280", as(TestCallers.municipality("1280")).municipalityScope(draft));
        assertEquals(403, assertThrows(ProblemException.class,
                () -> as(TestCallers.participant(UUID.randomUUID(), "1280")).municipalityScope(draft)).status());
        assertEquals(Cancellation.ORGANISER, as(TestCallers.admin()).cancellationBy(draft));
        assertEquals(Cancellation.MUNICIPALITY, as(TestCallers.municipality("1280")).cancellationBy(draft));
        assertEquals(Cancellation.PARTICIPANT, as(TestCallers.participant(UUID.randomUUID(), "1280")).cancellationBy(draft));
        assertFalse(as(TestCallers.municipality("1280")).organises(draft));
    }
}
