package se.rln.gateway.edge;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.buffer.Buffer;

/**
 * RFC 9457 problem details the gateway answers itself, shaped like the services' own
 * ({@code type} {@code urn:rln:problem:<slug>}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, {@code requestId}).
 */
public record EdgeProblem(int status, String slug, String title, String detail) {

    public static final String CONTENT_TYPE = "application/problem+json";
    /** The same words as the services use, so a refusal reads the same at the edge and behind it. */
    static final String TOKEN_REQUIRED = "a valid bearer token is required (missing, expired or wrongly signed)";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Buffer body(String instance, String requestId) {
        ObjectNode node = JSON.createObjectNode().put("type", "urn:rln:problem:" + slug).put("title", title)
                .put("status", status).put("detail", detail).put("instance", instance).put("requestId", requestId);
        return Buffer.buffer(node.toString());
    }

    public static EdgeProblem unauthorized(String detail) {
        return new EdgeProblem(401, "unauthorized", "Unauthorized", detail);
    }

    public static EdgeProblem forbidden(String detail) {
        return new EdgeProblem(403, "forbidden", "Forbidden", detail);
    }

    public static EdgeProblem notFound(String path) {
        return new EdgeProblem(404, "not-found", "Not found", "no service answers " + path);
    }

    public static EdgeProblem methodNotAllowed(String method, String path) {
        return new EdgeProblem(405, "method-not-allowed", "Method not allowed", method + " is not supported on " + path);
    }

    public static EdgeProblem tooLarge(long limit) {
        return new EdgeProblem(413, "payload-too-large", "Payload too large", "the request body exceeds " + limit + " bytes");
    }

    public static EdgeProblem tooManyRequests(long seconds) {
        return new EdgeProblem(429, "rate-limited", "Too many requests", "slow down; try again in " + seconds + " s");
    }

    public static EdgeProblem tooManyStreams(int limit) {
        return new EdgeProblem(429, "too-many-streams", "Too many streams", "you already hold " + limit
                + " open live streams, the most one client may; close one first");
    }

    public static EdgeProblem unavailable(String service, String why) {
        return new EdgeProblem(503, "service-unavailable", "Service unavailable", service + " is not available (" + why
                + "); try again shortly");
    }

    public static EdgeProblem timeout(String service) {
        return new EdgeProblem(504, "gateway-timeout", "Gateway timeout", service + " did not answer in time");
    }
}
