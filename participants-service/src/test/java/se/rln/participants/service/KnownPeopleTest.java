package se.rln.participants.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.participants.mapping.ParticipantDto;
import se.rln.participants.model.Participant;

/** The people a batch looked up ahead answer as the directory's queries would. */
class KnownPeopleTest {

    private static ParticipantDto dto(String externalId, String email, String municipality) {
        return new ParticipantDto(externalId, "Åsa", "Öberg", email, null, null, municipality);
    }

    private static Participant person(String externalId, String email, String municipality) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.externalId = externalId;
        p.email = email;
        p.municipalityCode = municipality;
        return p;
    }

    @Test
    void aKeyAskedForAndNotFoundMeansNobodyAndAKeyNotAskedForIsNotCovered() {
        KnownPeople known = new KnownPeople();
        known.asked(dto("HR-1", "asa@malmo.se", "1280"));
        assertTrue(known.covers(dto("HR-1", "ASA@malmo.se", "1280")));
        assertNull(known.find(dto("HR-1", "asa@malmo.se", "1280")));
        assertFalse(known.covers(dto("HR-2", "asa@malmo.se", "1280")), "another HR id was not looked up");
        assertFalse(known.covers(dto(null, "asa@malmo.se", "1281")), "nor the address in another municipality");
    }

    @Test
    void theHrIdFindsFirstThenTheAddressInAnyCaseWithinTheMunicipality() {
        KnownPeople known = new KnownPeople();
        Participant byHr = person("HR-1", "first@malmo.se", "1280");
        Participant byEmail = person(null, "Åsa.Öberg@malmo.se", "1280");
        known.asked(dto("HR-1", "åsa.öberg@malmo.se", "1280"));
        known.add(byHr);
        known.add(byEmail);
        assertSame(byHr, known.find(dto("HR-1", "åsa.öberg@malmo.se", "1280")));
        assertSame(byEmail, known.find(dto(null, "ÅSA.ÖBERG@MALMO.SE", "1280")));
    }

    @Test
    void aChangedPersonIsFoundByTheirNewKeysOnlyAndAnErasedOneNotAtAll() {
        KnownPeople known = new KnownPeople();
        Participant p = person(null, "old@malmo.se", "1280");
        known.add(p);
        known.forget(p);
        p.email = "new@malmo.se";
        known.add(p);
        assertTrue(known.covers(dto(null, "old@malmo.se", "1280")));
        assertNull(known.find(dto(null, "old@malmo.se", "1280")));
        assertSame(p, known.find(dto(null, "NEW@malmo.se", "1280")));

        Participant erased = person(null, "gone@malmo.se", "1280");
        erased.erasedAt = java.time.OffsetDateTime.now();
        known.add(erased);
        assertFalse(known.covers(dto(null, "gone@malmo.se", "1280")));
    }
}
