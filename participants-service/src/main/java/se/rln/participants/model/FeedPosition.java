package se.rln.participants.model;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A place in the change feed: the writing transaction's id and the change's seq, in that order.
 * Clients see it only as an opaque cursor.
 */
public record FeedPosition(long tx, long seq) implements Comparable<FeedPosition> {

    public static final FeedPosition START = new FeedPosition(0, 0);

    private static final String PREFIX = "c2:";

    public String cursor() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + tx + ":" + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names, or empty when this feed could not have issued it. */
    public static Optional<FeedPosition> of(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String[] parts = decoded.substring(PREFIX.length()).split(":", -1);
            if (parts.length != 2) {
                return Optional.empty();
            }
            FeedPosition p = new FeedPosition(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            return p.tx < 0 || p.seq < 0 ? Optional.empty() : Optional.of(p);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(FeedPosition o) {
        int byTx = Long.compare(tx, o.tx);
        return byTx != 0 ? byTx : Long.compare(seq, o.seq);
    }
}
