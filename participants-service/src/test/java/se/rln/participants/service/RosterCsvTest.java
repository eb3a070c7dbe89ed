package se.rln.participants.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;
import se.rln.participants.mapping.RosterRow;

class RosterCsvTest {

    @Test
    void semicolonsWithBomAsExcelWritesThem() {
        byte[] csv = "\uFEFFExternal Id;Given name;Family name;E-mail;Title;Manager level\r\nHR-1;Åsa;Öberg;asa@malmo.se;\"Chef; IFO\";FIRST_LINE\r\n"
                .getBytes(StandardCharsets.UTF_8);
        List<RosterRow> rows = RosterCsv.parse(csv);
        assertEquals(List.of(new RosterRow("HR-1", "Åsa", "Öberg", "asa@malmo.se", "Chef; IFO", "FIRST_LINE")), rows);
    }

    @Test
    void commasWithoutBomAndOptionalColumnsMissing() {
        List<RosterRow> rows = RosterCsv.parse("givenName,familyName,email\nLars,Ängström,lars@lund.se\n\n"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(1, rows.size());
        assertNull(rows.get(0).externalId());
        assertEquals("Ängström", rows.get(0).familyName());
    }

    @Test
    void brokenFilesAreNamedProblems() {
        assertEquals("body", assertThrows(ProblemException.class,
                () -> RosterCsv.parse("givenName;email\nÅsa;a@b.se\n".getBytes(StandardCharsets.UTF_8))).violations().get(0).field());
        ProblemException latin1 = assertThrows(ProblemException.class,
                () -> RosterCsv.parse("givenName;familyName;email\nÅsa;Öberg;a@b.se\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("body: the CSV is not valid UTF-8 (save it as \"CSV UTF-8\")", latin1.getMessage());
        assertThrows(ProblemException.class,
                () -> RosterCsv.parse("givenName;familyName;email\n\"Åsa;Öberg;a@b.se\n".getBytes(StandardCharsets.UTF_8)));
    }
}
