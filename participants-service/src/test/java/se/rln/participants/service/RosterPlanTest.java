package se.rln.participants.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.participants.mapping.RosterResult.Outcome;
import se.rln.participants.mapping.RosterRow;
import se.rln.participants.model.Participant;
import se.rln.participants.model.Registration;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.service.RosterPlan.PersonChange;

class RosterPlanTest {

    private static final OffsetDateTime NINE = OffsetDateTime.parse("2027-02-01T09:00:00+01:00");

    private final Participant asa = person("HR-1", "Åsa", "Öberg", "asa.oberg@malmo.se");
    private final Participant lars = person(null, "Lars", "Ängström", "lars@malmo.se");
    private final Participant kerstin = person("HR-3", "Kerstin", "Ek", "kerstin@malmo.se");
    private final Participant bo = person("HR-4", "Bo", "Åkesson", "bo@malmo.se");

    @Test
    void eachRowNamesItsPersonByHrIdThenEmailAndSaysWhatHappens() {
        Registration asasSeat = registration(asa, RegistrationStatus.CONFIRMED, NINE);
        Registration larsSeat = registration(lars, RegistrationStatus.WAITLISTED, NINE);
        RosterPlan<Registration> plan = RosterPlan.of(List.of(
                row("HR-1", "Åsa", "Öberg", "ASA.OBERG@malmo.se"), // same person, e-mail now in capitals: a change
                row(null, "Lars", "Ängström", "Lars@Malmo.se"), // found by e-mail in any case; stored as written, so a change
                row("HR-9", "Nils", "Holm", "nils@malmo.se")), // nobody: a new person and a new registration
                Map.of("HR-1", asa, "HR-3", kerstin), Map.of("asa.oberg@malmo.se", asa, "lars@malmo.se", lars),
                List.of(asasSeat, larsSeat), true);

        assertSame(asa, plan.rows().get(0).person());
        assertEquals(PersonChange.UPDATE, plan.rows().get(0).change());
        assertEquals(Outcome.UPDATED, plan.rows().get(0).outcome());
        assertSame(asasSeat, plan.rows().get(0).held());
        assertSame(lars, plan.rows().get(1).person());
        assertEquals(PersonChange.UPDATE, plan.rows().get(1).change(), "the row's e-mail differs in case from the stored one");
        assertNull(plan.rows().get(2).person());
        assertEquals(PersonChange.NEW, plan.rows().get(2).change());
        assertEquals(Outcome.ADDED, plan.rows().get(2).outcome());
        assertEquals(List.of(), plan.leaving());
    }

    @Test
    void theSameListAgainChangesNothing() {
        Registration seat = registration(asa, RegistrationStatus.CONFIRMED, NINE);
        RosterPlan<Registration> plan = RosterPlan.of(List.of(row("HR-1", "Åsa", "Öberg", "asa.oberg@malmo.se")), Map.of("HR-1", asa),
                Map.of("asa.oberg@malmo.se", asa), List.of(seat), true);
        assertEquals(PersonChange.KEEP, plan.rows().get(0).change());
        assertEquals(Outcome.UNCHANGED, plan.rows().get(0).outcome());
        assertEquals(false, plan.rows().get(0).registers());
    }

    @Test
    void afterRegistrationClosesNobodyNewIsAddedButDetailsAndDeparturesStillApply() {
        RosterPlan<Registration> plan = RosterPlan.of(List.of(row("HR-9", "Nils", "Holm", "nils@malmo.se"),
                row("HR-3", "Kerstin", "Ek-Lind", "kerstin@malmo.se")), Map.of("HR-3", kerstin), Map.of(),
                List.of(registration(asa, RegistrationStatus.CONFIRMED, NINE)), false);
        assertEquals(PersonChange.NONE, plan.rows().get(0).change());
        assertEquals(Outcome.REGISTRATION_CLOSED, plan.rows().get(0).outcome());
        assertEquals(PersonChange.UPDATE, plan.rows().get(1).change(), "a known person's details are updated");
        assertEquals(Outcome.REGISTRATION_CLOSED, plan.rows().get(1).outcome(), "but not registered");
        assertEquals(1, plan.leaving().size(), "Åsa, no longer on the list, leaves");
    }

    @Test
    void onlyLiveRegistrationsOfPeopleOffTheListLeaveOldestFirstThenByHrIdAndEmail() {
        Registration attended = registration(kerstin, RegistrationStatus.ATTENDED, NINE);
        Registration cancelledByThem = registration(lars, RegistrationStatus.CANCELLED, NINE);
        Registration later = registration(asa, RegistrationStatus.CONFIRMED, NINE.plusMinutes(5));
        Registration sameTimeHr4 = registration(bo, RegistrationStatus.WAITLISTED, NINE);
        Participant noHrId = person(null, "Eva", "Öst", "eva@malmo.se");
        Registration sameTimeNoHrId = registration(noHrId, RegistrationStatus.CONFIRMED, NINE);
        RosterPlan<Registration> plan = RosterPlan.of(List.of(), Map.of(), Map.of(),
                List.of(attended, cancelledByThem, later, sameTimeHr4, sameTimeNoHrId), true);
        List<Registration> order = plan.inLeavingOrder(Map.of(asa.id, asa, bo.id, bo, noHrId.id, noHrId));
        assertEquals(List.of(sameTimeNoHrId, sameTimeHr4, later), order, "attended and cancelled ones stay");
    }

    private static RosterRow row(String hrId, String given, String family, String email) {
        return new RosterRow(hrId, given, family, email, null, null);
    }

    private static Participant person(String hrId, String given, String family, String email) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.municipalityCode = "1280";
        p.externalId = hrId;
        p.givenName = given;
        p.familyName = family;
        p.email = email;
        return p;
    }

    private static Registration registration(Participant p, RegistrationStatus status, OffsetDateTime at) {
        Registration r = new Registration();
        r.id = UUID.randomUUID();
        r.participantId = p.id;
        r.status = status;
        r.registeredAt = at;
        return r;
    }
}
