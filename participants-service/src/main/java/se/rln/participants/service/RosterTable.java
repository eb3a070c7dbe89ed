package se.rln.participants.service;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.rln.commons.problem.ProblemException;
import se.rln.participants.mapping.RosterRow;

/**
 * A roster as a table, whatever file it came in (CSV or a spreadsheet): a header row naming the
 * columns in English or Swedish (case, spaces, dashes and underscores ignored), then one row per person.
 */
final class RosterTable {

    static final Set<String> REQUIRED = Set.of("givenname", "familyname", "email");
    /** Header names (normalised) to fields, in English and as Swedish HR exports name them. */
    private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("externalid", "externalId"),
            Map.entry("givenname", "givenName"), Map.entry("familyname", "familyName"), Map.entry("email", "email"),
            Map.entry("title", "title"), Map.entry("managerlevel", "managerLevel"), Map.entry("externid", "externalId"),
            Map.entry("anställningsid", "externalId"), Map.entry("förnamn", "givenName"), Map.entry("efternamn", "familyName"),
            Map.entry("epost", "email"), Map.entry("epostadress", "email"), Map.entry("titel", "title"),
            Map.entry("chefsnivå", "managerLevel"));

    /** Column index by field name. */
    private final Map<String, Integer> columns = new HashMap<>();

    RosterTable(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i);
            String key = name.replace("\uFEFF", "").replace(" ", "").replace("_", "").replace("-", "").toLowerCase(Locale.ROOT);
            if (ALIASES.containsKey(key)) {
                columns.putIfAbsent(ALIASES.get(key), i);
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(ALIASES.get(required))) {
                throw ProblemException.invalid("body", "the header row lacks the column " + ALIASES.get(required)
                        + " (columns: externalId, givenName, familyName, email, title, managerLevel; or in Swedish: "
                        + "Extern id, Förnamn, Efternamn, E-post, Titel, Chefsnivå)");
            }
        }
    }

    RosterRow row(List<String> cells) {
        return new RosterRow(cell(cells, "externalId"), cell(cells, "givenName"), cell(cells, "familyName"),
                cell(cells, "email"), cell(cells, "title"), cell(cells, "managerLevel"));
    }

    private String cell(List<String> cells, String field) {
        Integer index = columns.get(field);
        if (index == null || index >= cells.size() || cells.get(index) == null) {
            return null;
        }
        String value = cells.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** True if every cell is empty (a spreadsheet's formatted but unused row). */
    static boolean blank(List<String> cells) {
        return cells.stream().allMatch(c -> c == null || c.isBlank());
    }
}
