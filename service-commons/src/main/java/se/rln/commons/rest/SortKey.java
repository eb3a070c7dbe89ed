package se.rln.commons.rest;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The type of the value a keyset-ordered list sorts by (the id breaks ties), and how that value is
 * written into a cursor and read back. A cursor whose value does not read as this type was not
 * issued by the list, whatever its shape.
 *
 * @param <V> the sort value's type
 */
public final class SortKey<V> {

    /** Lists sorted by a text (a name, a title). */
    public static final SortKey<String> TEXT = new SortKey<>(Function.identity(), Function.identity());

    /** Lists sorted by a point in time (a start, a creation). */
    public static final SortKey<OffsetDateTime> TIME = new SortKey<>(OffsetDateTime::toString, text -> {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time: " + text, e);
        }
    });

    private final Function<V, String> format;
    private final Function<String, V> parse;

    private SortKey(Function<V, String> format, Function<String, V> parse) {
        this.format = format;
        this.parse = parse;
    }

    String format(V value) {
        return format.apply(value);
    }

    /** @throws IllegalArgumentException if {@code text} is not a value of this type */
    V parse(String text) {
        return parse.apply(text);
    }
}
