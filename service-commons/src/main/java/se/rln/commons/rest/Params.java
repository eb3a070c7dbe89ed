package se.rln.commons.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;

/**
 * Query parameters arrive as strings and are parsed here, so that a malformed one is a 400
 * naming the parameter (JAX-RS would answer a bare 404 for a failed conversion).
 */
public final class Params {

    private Params() {
    }

    public static UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be a UUID");
        }
    }

    public static OffsetDateTime time(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "must be an ISO-8601 date-time with offset, e.g. 2027-10-14T09:00:00+02:00");
        }
    }

    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(name, "must be an integer");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static String text(String name, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw ProblemException.invalid(name, "must be at most " + maxLength + " characters");
        }
        return value.trim();
    }

    public static String code(String name, String value, int digits) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("\\d{" + digits + "}")) {
            throw ProblemException.invalid(name, "must be " + digits + " digits (SCB code)");
        }
        return value;
    }

    /** The page a {@code cursor} and {@code limit} query name of a list sorted by {@code key}. */
    public static <V> PageRequest<V> page(String cursor, String limit, SortKey<V> key) {
        return PageRequest.of(cursor, integer("limit", limit), key);
    }
}
