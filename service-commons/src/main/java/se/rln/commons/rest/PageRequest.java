package se.rln.commons.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import se.rln.commons.problem.ProblemException;

/**
 * Keyset pagination: a cursor is the sort key of the last item seen, opaque to clients
 * (base64url of the key parts joined by a unit separator).
 */
public record PageRequest(List<String> after, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final String SEPARATOR = "\u001f";

    public static PageRequest of(String cursor, Integer limit, int keyParts) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor == null || cursor.isBlank()) {
            return new PageRequest(null, size);
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(decoded.split(SEPARATOR, -1));
            if (parts.size() != keyParts) {
                throw new IllegalArgumentException();
            }
            return new PageRequest(parts, size);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list issued");
        }
    }

    public static String cursorOf(String... keyParts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keyParts).getBytes(StandardCharsets.UTF_8));
    }

    /** Cuts a result fetched with {@code limit + 1} rows into a page. */
    public <E, T> Page<T> page(List<E> fetched, Function<E, T> mapper, Function<E, String[]> keyOf) {
        boolean more = fetched.size() > limit;
        List<E> items = more ? fetched.subList(0, limit) : fetched;
        String next = more ? cursorOf(keyOf.apply(items.get(items.size() - 1))) : null;
        return new Page<>(items.stream().map(mapper).toList(), next);
    }

    public String after(int i) {
        return after.get(i);
    }

    public boolean first() {
        return after == null;
    }
}
