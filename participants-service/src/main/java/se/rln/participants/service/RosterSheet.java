package se.rln.participants.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import se.rln.commons.problem.ProblemException;
import se.rln.participants.mapping.RosterRow;

/**
 * Reads a roster from an Excel workbook (.xlsx, with Apache POI): the first sheet, a header row,
 * then a row per person. Cells are read as Excel shows them, so numbers stay "0042", not 42.0.
 */
public final class RosterSheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private RosterSheet() {
    }

    public static List<RosterRow> parse(byte[] body) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw ProblemException.invalid("body", "the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
            RosterTable table = null;
            List<RosterRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                    Cell cell = row.getCell(i, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                    cells.add(cell == null ? null : format.formatCellValue(cell));
                }
                if (RosterTable.blank(cells)) {
                    continue;
                }
                if (table == null) {
                    table = new RosterTable(cells);
                } else {
                    rows.add(table.row(cells));
                }
            }
            if (table == null) {
                throw ProblemException.invalid("body", "the workbook's first sheet is empty: a header row is required");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.invalid("body", "not a readable .xlsx workbook (" + e.getClass().getSimpleName() + ")");
        }
    }
}
