package se.rln.events.repository;

import java.util.Locale;

/** Free-text search terms as SQL LIKE patterns, with the wildcards a user typed escaped. */
final class Like {

    private Like() {
    }

    static String contains(String text) {
        String escaped = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
