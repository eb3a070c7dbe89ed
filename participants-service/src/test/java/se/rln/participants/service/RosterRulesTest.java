package se.rln.participants.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.problem.Violation;
import se.rln.participants.mapping.RosterRow;
import se.rln.participants.model.Participant;

/** The roster's row rules, all bad rows named together (rows[N] is the N-th data row). */
class RosterRulesTest {

    private final RosterRules rules = new RosterRules();

    private static RosterRow row(String externalId, String given, String family, String email, String level) {
        return new RosterRow(externalId, given, family, email, "Enhetschef", level);
    }

    private static List<Violation> violations(List<RosterRow> rows, Map<String, Participant> byExternalId,
            Map<String, Participant> byEmail) {
        ProblemException e = assertThrows(ProblemException.class, () -> new RosterRules().check(rows, byExternalId, byEmail));
        assertEquals(422, e.status());
        assertEquals("invalid-roster", e.slug());
        assertEquals(e.violations().size() + " problem(s) in the roster; nothing was applied", e.getMessage());
        return e.violations();
    }

    @Test
    void aGoodRosterPasses() {
        assertDoesNotThrow(() -> rules.check(List.of(row("HR-1", "Åsa", "Öberg", "asa.oberg@malmo.se", "first_line"),
                row(null, "Lars", "Ängström", "lars@malmo.se", null)), Map.of(), Map.of()));
    }

    @Test
    void everyBadRowIsNamedWithItsFieldAndReason() {
        List<Violation> v = violations(Arrays.asList(
                row("HR-1", " ", "Öberg", "asa.oberg@malmo.se", null),
                null,
                row("HR-3", "Kerstin", "E".repeat(101), "inte-en-adress", "BOSS")), Map.of(), Map.of());
        assertEquals(List.of(
                new Violation("rows[1].givenName", "is required"),
                new Violation("rows[2]", "is empty"),
                new Violation("rows[3].familyName", "must be at most 100 characters"),
                new Violation("rows[3].email", "is not an e-mail address"),
                new Violation("rows[3].managerLevel", "must be one of ASPIRING, FIRST_LINE, MIDDLE, SENIOR, EXECUTIVE")), v);
    }

    @Test
    void aRepeatedHrIdOrEmailNamesTheRowItRepeats() {
        List<Violation> v = violations(List.of(
                row("HR-1", "Åsa", "Öberg", "asa.oberg@malmo.se", null),
                row("HR-1", "Åsa", "Öberg", "ASA.OBERG@malmo.se ", null)), Map.of(), Map.of());
        assertEquals(List.of(new Violation("rows[2].externalId", "repeats row 1"),
                new Violation("rows[2].email", "repeats row 1")), v);
    }

    @Test
    void anEmailOfAnotherPersonOfTheMunicipalityIsRefused() {
        Participant asa = person("HR-1", "asa.oberg@malmo.se");
        Participant lars = person("HR-2", "lars@malmo.se");
        List<Violation> v = violations(List.of(row("HR-2", "Lars", "Ängström", "asa.oberg@malmo.se", null)),
                Map.of("HR-1", asa, "HR-2", lars), Map.of("asa.oberg@malmo.se", asa, "lars@malmo.se", lars));
        assertEquals(List.of(new Violation("rows[1].email", "belongs to another person of the municipality")), v);
    }

    private static Participant person(String externalId, String email) {
        Participant p = new Participant();
        p.id = UUID.randomUUID();
        p.municipalityCode = "1280";
        p.externalId = externalId;
        p.email = email;
        return p;
    }
}
