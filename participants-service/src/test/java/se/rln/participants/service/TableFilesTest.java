package se.rln.participants.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.rln.participants.mapping.Table;

/** What a downloaded file holds, byte by byte and cell by cell. */
class TableFilesTest {

    private static final Table PEOPLE = new Table("roster", List.of("givenName", "familyName", "title", "waitlistPlace"),
            List.of(List.of("Åsa", "Öberg", "Chef; \"enhet\" 2", 3),
                    Arrays.asList("=HYPERLINK(\"http://x\")", "+46", null, null)));

    @Test
    void csvIsUtf8WithBomSemicolonsAndQuotesWhereNeeded() {
        byte[] file = TableFiles.bytes(PEOPLE, false);
        assertEquals(List.of(0xEF, 0xBB, 0xBF), List.of(file[0] & 0xFF, file[1] & 0xFF, file[2] & 0xFF));
        assertEquals("givenName;familyName;title;waitlistPlace\r\nÅsa;Öberg;\"Chef; \"\"enhet\"\" 2\";3\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\";'+46;;\r\n", new String(file, 3, file.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void aWorkbookHoldsTextAsTextAndNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableFiles.bytes(PEOPLE, true)))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("roster", sheet.getSheetName());
            assertEquals("familyName", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("Öberg", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(3.0, sheet.getRow(1).getCell(3).getNumericCellValue());
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(0).getCellType(), "never a formula");
            assertEquals("=HYPERLINK(\"http://x\")", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(null, sheet.getRow(2).getCell(2));
        }
    }
}
