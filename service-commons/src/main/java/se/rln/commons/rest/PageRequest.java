package se.rln.commons.rest;

import java.util.List;
import java.util.function.Function;
import se.rln.commons.problem.ProblemException;

/**
 * Keyset pagination: which page of a list sorted by a {@link SortKey} (then by id) to answer,
 * {@code after} the position a cursor names, or from the start.
 *
 * @param <V> the type of the list's sort value
 */
public record PageRequest<V>(SortKey<V> key, Cursor<V> after, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** A page of a list sorted by {@code key}; a cursor the list did not issue is a 400 naming {@code cursor}. */
    public static <V> PageRequest<V> of(String cursor, Integer limit, SortKey<V> key) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (cursor == null || cursor.isBlank()) {
            return new PageRequest<>(key, null, size);
        }
        try {
            return new PageRequest<>(key, Cursor.decode(cursor, key), size);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this list issued");
        }
    }

    /** The first {@code limit} items of a list sorted by {@code key}. */
    public static <V> PageRequest<V> first(int limit, SortKey<V> key) {
        return of(null, limit, key);
    }

    /** Cuts a result fetched with {@code limit + 1} rows into a page whose next cursor is the last item's position. */
    public <E, T> Page<T> page(List<E> fetched, Function<E, T> mapper, Function<E, Cursor<V>> positionOf) {
        boolean more = fetched.size() > limit;
        List<E> items = more ? fetched.subList(0, limit) : fetched;
        String next = more ? positionOf.apply(items.get(items.size() - 1)).encode(key) : null;
        return new Page<>(items.stream().map(mapper).toList(), next);
    }

    public boolean first() {
        return after == null;
    }
}
