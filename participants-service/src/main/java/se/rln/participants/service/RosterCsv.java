package se.rln.participants.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.rln.commons.problem.ProblemException;
import se.rln.participants.mapping.RosterRow;

/**
 * Reads a roster as Swedish spreadsheets export it: UTF-8 with or without BOM, comma or
 * semicolon separated (whichever the header line uses), a header row naming the columns
 * (case and spaces ignored). Parsing uses Apache Commons CSV.
 */
public final class RosterCsv {

    static final Set<String> REQUIRED = Set.of("givenname", "familyname", "email");
    private static final Map<String, String> ALIASES = Map.of("externalid", "externalId", "givenname", "givenName",
            "familyname", "familyName", "email", "email", "title", "title", "managerlevel", "managerLevel");

    private RosterCsv() {
    }

    public static List<RosterRow> parse(byte[] body) {
        String text = decode(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String header = text.lines().findFirst().orElse("");
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            List<RosterRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new RosterRow(cell(record, columns, "externalId"), cell(record, columns, "givenName"),
                        cell(record, columns, "familyName"), cell(record, columns, "email"), cell(record, columns, "title"),
                        cell(record, columns, "managerLevel")));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw ProblemException.invalid("body", "malformed CSV: " + e.getMessage());
        }
    }

    private static Map<String, String> columns(List<String> headerNames) {
        Map<String, String> columns = new java.util.HashMap<>();
        for (String name : headerNames) {
            String key = name.replace(" ", "").replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
            if (ALIASES.containsKey(key)) {
                columns.put(ALIASES.get(key), name);
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(ALIASES.get(required))) {
                throw ProblemException.invalid("body", "the CSV header lacks the column " + ALIASES.get(required)
                        + " (columns: externalId, givenName, familyName, email, title, managerLevel)");
            }
        }
        return columns;
    }

    private static String cell(CSVRecord record, Map<String, String> columns, String field) {
        String header = columns.get(field);
        if (header == null || !record.isSet(header)) {
            return null;
        }
        String value = record.get(header);
        return value == null || value.isBlank() ? null : value;
    }

    private static String decode(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalid("body", "the CSV is not valid UTF-8 (save it as \"CSV UTF-8\")");
        }
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(ch -> ch == c).count();
    }
}
