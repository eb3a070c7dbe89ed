package se.rln.commons.problem;

import java.util.List;

/**
 * A client-facing failure that maps to a problem+json response. Domain code throws the
 * factory methods' results; the {@link ProblemMappers} render them.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;
    private final List<Violation> violations;
    private final Integer retryAfterSeconds;

    public ProblemException(int status, String slug, String title, String detail, List<Violation> violations) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = violations == null ? List.of() : List.copyOf(violations);
        this.retryAfterSeconds = null;
    }

    private ProblemException(int status, String slug, String title, String detail, int retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
        this.violations = List.of();
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The database cannot be reached: nothing was done, the client retries after 5 s. */
    public static ProblemException databaseUnavailable() {
        return new ProblemException(503, "database-unavailable", "Service unavailable",
                "the service's database cannot be reached at the moment; nothing was changed unless a later read "
                        + "shows it, retry shortly (with the same Idempotency-Key where you sent one)", 5);
    }

    /** True overload: nothing was done, the client retries after {@code seconds} (sent as Retry-After). */
    public static ProblemException busy(String detail, int seconds) {
        return new ProblemException(503, "overloaded", "Service busy", detail, seconds);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(400, "validation", "Request is invalid", field + ": " + message,
                List.of(new Violation(field, message)));
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(400, "validation", "Request is invalid", summary(violations), violations);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null);
    }

    public static ProblemException conflict(String slug, String detail) {
        return new ProblemException(409, slug, "Conflict", detail, null);
    }

    public static ProblemException staleVersion(long current) {
        return new ProblemException(412, "stale-version", "Precondition failed",
                "If-Match does not match the current version; current ETag is \"" + current + "\"", null);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "precondition-required", "Precondition required", detail,
                List.of(new Violation("If-Match", "required")));
    }

    public static ProblemException unprocessable(String slug, String detail, List<Violation> violations) {
        return new ProblemException(422, slug, "Request cannot be processed", detail, violations);
    }

    static String summary(List<Violation> violations) {
        StringBuilder sb = new StringBuilder();
        for (Violation v : violations) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(v.field()).append(": ").append(v.message());
        }
        return sb.toString();
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Seconds for a Retry-After header, or null for none. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
