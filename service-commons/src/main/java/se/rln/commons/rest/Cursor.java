package se.rln.commons.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * A position in a keyset-ordered list: after the item with this sort value and id. Clients see it
 * as an opaque string (base64url of the value and the id); it is encoded and read only here.
 *
 * @param <V> the type of the list's sort value
 */
public record Cursor<V>(V value, UUID id) {

    private static final char SEPARATOR = '\u001f';

    public Cursor {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(id, "id");
    }

    /** The opaque text handed to clients. */
    public String encode(SortKey<V> key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((key.format(value) + SEPARATOR + id).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor this list issued.
     *
     * @throws IllegalArgumentException if {@code text} is not one (not base64url, no id, a value not of the key's type)
     */
    static <V> Cursor<V> decode(String text, SortKey<V> key) {
        String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        // the id is last and never holds the separator; a text value may hold anything before it
        int split = decoded.lastIndexOf(SEPARATOR);
        if (split < 0) {
            throw new IllegalArgumentException("no id in the cursor");
        }
        return new Cursor<>(key.parse(decoded.substring(0, split)), UUID.fromString(decoded.substring(split + 1)));
    }
}
