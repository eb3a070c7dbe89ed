package se.rln.commons.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Response;
import java.util.List;
import se.rln.commons.rest.RequestIds;

/** Builds problem+json responses; also used outside JAX-RS (Vert.x routes). */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(int status, String slug, String title, String detail, List<Violation> violations,
            HttpServerRequest request) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(body(status, slug, title, detail, violations, request))
                .build();
    }

    public static Problem body(int status, String slug, String title, String detail, List<Violation> violations,
            HttpServerRequest request) {
        return new Problem(Problem.type(slug), title, status, detail, request == null ? null : request.path(),
                violations == null || violations.isEmpty() ? null : violations, RequestIds.current(request));
    }

    static Response unauthorized(HttpServerRequest request) {
        return Response.status(401)
                .type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .entity(body(401, "unauthorized", "Unauthorized",
                        "a valid bearer token is required (missing, expired or wrongly signed)", null, request))
                .build();
    }
}
