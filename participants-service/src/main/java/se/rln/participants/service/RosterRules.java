package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.problem.Violation;
import se.rln.participants.mapping.RosterRow;
import se.rln.participants.model.ManagerLevel;
import se.rln.participants.model.Participant;

/**
 * Every row of a roster is checked before anything is applied; all bad rows are reported
 * together (422, {@code rows[N].field} with N the 1-based data row; the CSV line is N + 1).
 */
@ApplicationScoped
public class RosterRules {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public void check(List<RosterRow> rows, Map<String, Participant> byExternalId, Map<String, Participant> byEmail) {
        List<Violation> v = new ArrayList<>();
        Map<String, Integer> externalIds = new HashMap<>();
        Map<String, Integer> emails = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            RosterRow row = rows.get(i);
            String at = "rows[" + (i + 1) + "].";
            if (row == null) {
                v.add(new Violation("rows[" + (i + 1) + "]", "is empty"));
                continue;
            }
            required(v, at + "givenName", row.givenName(), 100);
            required(v, at + "familyName", row.familyName(), 100);
            if (required(v, at + "email", row.email(), 254) && !EMAIL.matcher(row.email().strip()).matches()) {
                v.add(new Violation(at + "email", "is not an e-mail address"));
            }
            optional(v, at + "externalId", row.externalId(), 100);
            optional(v, at + "title", row.title(), 200);
            if (row.managerLevel() != null && level(row.managerLevel()) == null) {
                v.add(new Violation(at + "managerLevel", "must be one of ASPIRING, FIRST_LINE, MIDDLE, SENIOR, EXECUTIVE"));
            }
            if (row.externalId() != null) {
                Integer first = externalIds.putIfAbsent(row.externalId(), i + 1);
                if (first != null) {
                    v.add(new Violation(at + "externalId", "repeats row " + first));
                }
            }
            if (row.email() != null) {
                String email = row.email().strip().toLowerCase(Locale.ROOT);
                Integer first = emails.putIfAbsent(email, i + 1);
                if (first != null) {
                    v.add(new Violation(at + "email", "repeats row " + first));
                }
                Participant owner = byEmail.get(email);
                Participant matched = row.externalId() == null ? null : byExternalId.get(row.externalId());
                if (owner != null && matched != null && !owner.id.equals(matched.id)) {
                    v.add(new Violation(at + "email", "belongs to another person of the municipality"));
                }
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.unprocessable("invalid-roster", v.size() + " problem(s) in the roster; nothing was applied", v);
        }
    }

    static ManagerLevel level(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ManagerLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean required(List<Violation> v, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "is required"));
            return false;
        }
        return optional(v, field, value, max);
    }

    private static boolean optional(List<Violation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new Violation(field, "must be at most " + max + " characters"));
            return false;
        }
        return true;
    }
}
