package se.rln.commons.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import se.rln.commons.database.DatabaseOutages;
import se.rln.commons.rest.RequestIds;

/**
 * The one place where exceptions become RFC 9457 responses. Client mistakes name the field
 * and the reason; anything unexpected becomes a 500 that carries only the request id, while
 * the stack trace goes to the log.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response response = ProblemResponses.of(e.status(), e.slug(), e.title(), e.getMessage(), e.violations(), request);
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpServerRequest request) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field))
                .toList();
        return ProblemResponses.of(400, "validation", "Request is invalid", ProblemException.summary(violations),
                violations, request);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = JsonPaths.of(e);
        return ProblemResponses.of(400, "unknown-property", "Request is invalid",
                field + ": unknown property", List.of(new Violation(field, "unknown property")), request);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        String field = JsonPaths.of(e);
        String expected = e.getTargetType() == null ? "another type" : JsonPaths.describe(e.getTargetType());
        String message = "cannot read " + JsonPaths.abbreviate(String.valueOf(e.getValue())) + " as " + expected;
        return ProblemResponses.of(400, "validation", "Request is invalid", field + ": " + message,
                List.of(new Violation(field, message)), request);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpServerRequest request) {
        String field = JsonPaths.of(e);
        String expected = e.getTargetType() == null ? "another type" : JsonPaths.describe(e.getTargetType());
        String message = "wrong JSON type, expected " + expected;
        return ProblemResponses.of(400, "validation", "Request is invalid", field + ": " + message,
                List.of(new Violation(field, message)), request);
    }

    @ServerExceptionMapper
    public Response otherMapping(JsonMappingException e, HttpServerRequest request) {
        if (notUtf8(e)) {
            return ProblemResponses.of(400, "malformed-body", "Malformed JSON", "the body is not valid UTF-8",
                    List.of(new Violation("body", "the body is not valid UTF-8")), request);
        }
        String field = JsonPaths.of(e);
        String reason = e.getCause() instanceof IllegalArgumentException iae && iae.getMessage() != null
                ? iae.getMessage() : "cannot be read";
        return ProblemResponses.of(400, "validation", "Request is invalid", field + ": " + reason,
                List.of(new Violation(field, reason)), request);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        String reason = e.getOriginalMessage();
        if (notUtf8(e)) {
            reason = "the body is not valid UTF-8";
        }
        String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr() + ")";
        return ProblemResponses.of(400, "malformed-body", "Malformed JSON", reason + where,
                List.of(new Violation("body", reason)), request);
    }

    @ServerExceptionMapper
    public Response otherJson(JsonProcessingException e, HttpServerRequest request) {
        return ProblemResponses.of(400, "malformed-body", "Malformed JSON", e.getOriginalMessage(),
                List.of(new Violation("body", "malformed JSON")), request);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, HttpServerRequest request) {
        return ProblemResponses.unauthorized(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return ProblemResponses.unauthorized(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(403, "forbidden", "Forbidden", "your role does not allow this request", null,
                request);
    }

    @ServerExceptionMapper({ OptimisticLockException.class, StaleStateException.class })
    public Response concurrentUpdate(RuntimeException e, HttpServerRequest request) {
        return ProblemResponses.of(412, "stale-version", "Precondition failed",
                "the resource was changed concurrently; read it again and retry with the new ETag", null, request);
    }

    /** A unique or foreign key violated by a concurrent request: the client may retry. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, HttpServerRequest request) {
        Log.infof("constraint %s violated on %s %s", e.getConstraintName(), request.method(), request.path());
        return ProblemResponses.of(409, "concurrent-conflict", "Conflict",
                "the request conflicts with a concurrent change; read the current state and retry", null, request);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        // Quarkus REST wraps JSON syntax errors (and invalid UTF-8) in a bare 400.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse) {
                return malformedJson(parse, request);
            }
            if (cause instanceof JsonMappingException mapping) {
                return otherMapping(mapping, request);
            }
            if (cause instanceof JsonProcessingException json) {
                return otherJson(json, request);
            }
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family != Response.Status.Family.CLIENT_ERROR) {
            return e.getResponse();
        }
        String reason = Response.Status.fromStatusCode(status) == null ? "Client error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = status == 404 ? "no resource at " + request.path() : e.getMessage();
        return ProblemResponses.of(status, "http-" + status, reason, detail, null, request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseOutages.isOverload(e)) {
            Log.warnf("No free database connection for %s %s: %s", request.method(), request.path(), e.toString());
            return problem(ProblemException.busy("every database connection of this instance stayed busy; nothing was "
                    + "changed, retry shortly (with the same Idempotency-Key where you sent one)", 1), request);
        }
        if (DatabaseOutages.isOutage(e)) {
            Log.warnf("Database unavailable on %s %s: %s", request.method(), request.path(), e.toString());
            return problem(ProblemException.databaseUnavailable(), request);
        }
        Log.errorf(e, "Unexpected failure on %s %s", request.method(), request.path());
        return ProblemResponses.of(500, "internal", "Internal error",
                "an unexpected error occurred; quote request id " + RequestIds.current(request) + " when reporting it",
                null, request);
    }

    private static boolean notUtf8(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.io.CharConversionException || (t.getMessage() != null && t.getMessage().contains("UTF-8"))) {
                return true;
            }
        }
        return false;
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "create.body.seatAllotments[0].seats" -> "seatAllotments[0].seats"; parameters keep their name;
        // container elements ("implications[0].<list element>") are named by their index alone.
        String path = violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
        String[] parts = path.split("\\.", 3);
        if (parts.length == 3) {
            return parts[2];
        }
        return parts.length == 2 ? parts[1] : path;
    }
}
