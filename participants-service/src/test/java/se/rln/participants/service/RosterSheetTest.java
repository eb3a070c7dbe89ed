package se.rln.participants.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.rln.commons.problem.ProblemException;
import se.rln.participants.mapping.RosterRow;

public class RosterSheetTest {

    /** A workbook as an HR system exports one: a header row, then one row per person (cells may be numbers). */
    public static byte[] workbook(List<List<Object>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Chefer");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theFirstSheetsRowsAsExcelShowsThem() throws Exception {
        byte[] xlsx = workbook(List.of(List.of("Extern id", "Förnamn", "Efternamn", "E-post", "Kommentar"),
                List.of(4711, "Åsa", "Öberg", "asa@sandviken.se", "x"), List.of(), List.of("S-2", "Renée", "Ek", "re@sandviken.se")));
        assertEquals(List.of(new RosterRow("4711", "Åsa", "Öberg", "asa@sandviken.se", null, null),
                new RosterRow("S-2", "Renée", "Ek", "re@sandviken.se", null, null)), RosterSheet.parse(xlsx));
    }

    @Test
    void notAWorkbookOrNoHeaderAreNamedProblems() throws Exception {
        ProblemException garbage = assertThrows(ProblemException.class, () -> RosterSheet.parse("givenName;email".getBytes()));
        assertEquals("body", garbage.violations().get(0).field());
        ProblemException noEmail = assertThrows(ProblemException.class,
                () -> RosterSheet.parse(workbook(List.of(List.of("givenName", "familyName"), List.of("Åsa", "Öberg")))));
        assertEquals("body: the header row lacks the column email (columns: externalId, givenName, familyName, email, title, "
                + "managerLevel; or in Swedish: Extern id, Förnamn, Efternamn, E-post, Titel, Chefsnivå)", noEmail.getMessage());
        ProblemException empty = assertThrows(ProblemException.class, () -> RosterSheet.parse(workbook(List.of())));
        assertEquals("body: the workbook's first sheet is empty: a header row is required", empty.getMessage());
    }
}
