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
    void windows1252AsExcelsSemicolonExportWritesItKeepsEveryLetter() {
        byte[] csv = "Kommentar;Förnamn;Efternamn;E-post\r\nx;Renée;Åström-Öhrn;renee@jonkoping.se\r\n"
                .getBytes(RosterCsv.WINDOWS_1252);
        List<RosterRow> rows = RosterCsv.parse(csv);
        assertEquals(List.of(new RosterRow(null, "Renée", "Åström-Öhrn", "renee@jonkoping.se", null, null)), rows);
        // the euro sign and curly quotes exist in Windows-1252 but not in ISO-8859-1
        assertEquals("€ ”ä”", RosterCsv.decode("€ ”ä”".getBytes(RosterCsv.WINDOWS_1252)));
    }

    @Test
    void brokenFilesAreNamedProblems() {
        assertEquals("body", assertThrows(ProblemException.class,
                () -> RosterCsv.parse("givenName;email\nÅsa;a@b.se\n".getBytes(StandardCharsets.UTF_8))).violations().get(0).field());
        ProblemException undefined = assertThrows(ProblemException.class,
                () -> RosterCsv.parse(new byte[] { 'g', ';', (byte) 0xC3, (byte) 0x81, (byte) 0x81, '\n' }));
        assertEquals("body: the CSV is neither UTF-8 nor Windows-1252 text (save it as \"CSV UTF-8\", or send an Excel "
                + "workbook as .xlsx)", undefined.getMessage());
        assertThrows(ProblemException.class,
                () -> RosterCsv.parse("givenName;familyName;email\n\"Åsa;Öberg;a@b.se\n".getBytes(StandardCharsets.UTF_8)));
    }
}
