package se.rln.participants.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.rln.commons.problem.ProblemException;
import se.rln.participants.mapping.RosterRow;

/**
 * Reads a roster as Swedish spreadsheets export it: UTF-8 with or without BOM, or Windows-1252
 * (Excel's "CSV (semikolonavgränsad)"), told apart by whether the bytes are valid UTF-8; comma
 * or semicolon separated (whichever the header line uses). Parsing uses Apache Commons CSV.
 */
public final class RosterCsv {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private RosterCsv() {
    }

    public static List<RosterRow> parse(byte[] body) {
        String text = decode(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            RosterTable table = null;
            List<RosterRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (table == null) {
                    table = new RosterTable(cells);
                } else if (!RosterTable.blank(cells)) {
                    rows.add(table.row(cells));
                }
            }
            if (table == null) {
                throw ProblemException.invalid("body", "the CSV is empty: a header row is required");
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw ProblemException.invalid("body", "malformed CSV: " + e.getMessage());
        }
    }

    /** UTF-8 when the bytes are valid UTF-8 (a Windows-1252 å, ä or ö never is), else Windows-1252. */
    static String decode(byte[] body) {
        String text;
        try {
            text = strict(StandardCharsets.UTF_8, body);
        } catch (CharacterCodingException notUtf8) {
            try {
                text = strict(WINDOWS_1252, body);
            } catch (CharacterCodingException neither) {
                throw ProblemException.invalid("body", "the CSV is neither UTF-8 nor Windows-1252 text (save it as "
                        + "\"CSV UTF-8\", or send an Excel workbook as .xlsx)");
            }
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
            throw ProblemException.invalid("body", "the body holds binary data, not CSV text (send an Excel workbook as "
                    + RosterSheet.MEDIA_TYPE + ")");
        }
        return text;
    }

    private static String strict(Charset charset, byte[] body) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
