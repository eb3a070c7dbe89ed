package se.rln.participants.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.rln.participants.mapping.Table;

/**
 * Writes a {@link Table} as the files Swedish Excel opens without an import dialog: CSV in UTF-8
 * with a byte-order mark, semicolon-separated, CRLF line ends; or an .xlsx workbook (streamed, so
 * a long list does not sit in memory as cell objects). Text that a spreadsheet would take as a
 * formula (starting with = + - @, tab or carriage return) is written with a leading apostrophe
 * in CSV (OWASP's advice against CSV injection) and always as a text cell in .xlsx.
 */
public final class TableFiles {

    private static final CSVFormat EXCEL_SWEDISH = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();

    private TableFiles() {
    }

    public static void csv(Table table, OutputStream out) throws IOException {
        out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, EXCEL_SWEDISH);
        printer.printRecord(table.columns());
        for (List<Object> row : table.rows()) {
            printer.printRecord(row.stream().map(TableFiles::csvCell).toList());
        }
        printer.flush();
    }

    public static void xlsx(Table table, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            SXSSFSheet sheet = workbook.createSheet(table.name().length() > 31 ? table.name().substring(0, 31) : table.name());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.columns().size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(table.columns().get(c));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
        }
    }

    /** The file as bytes (for tests and small tables). */
    public static byte[] bytes(Table table, boolean workbook) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (workbook) {
                xlsx(table, out);
            } else {
                csv(table, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Object csvCell(Object value) {
        if (value instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }
}
