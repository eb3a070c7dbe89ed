package se.rln.commons.rest;

import jakarta.ws.rs.core.EntityTag;
import se.rln.commons.problem.ProblemException;

/** Versions as strong ETags and the If-Match check of every update. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version a client claims to update. A missing header is 428, a malformed one 400.
     * A stale one is detected by the caller against the stored version (412).
     */
    public static long requiredVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.preconditionRequired("send If-Match with the ETag you read, e.g. If-Match: \"3\"");
        }
        return parse(ifMatch);
    }

    /** Like {@link #requiredVersion} but an absent header means "whatever is current". */
    public static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : parse(ifMatch);
    }

    public static void check(Long expected, long current) {
        if (expected != null && expected != current) {
            throw ProblemException.staleVersion(current);
        }
    }

    private static long parse(String ifMatch) {
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "must be an ETag this service issued, e.g. \"3\"");
        }
    }
}
