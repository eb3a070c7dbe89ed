package se.rln.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rln.system.AuthorizationCalls.Call;
import se.rln.system.AuthorizationWorld.Relation;

/**
 * The authorization model, operation by operation: for every operation of the merged OpenAPI
 * document, a caller in every relation to the world's objects gets exactly what the README's
 * table says — allowed (anything but 401, 403 and 404, a state conflict included: the caller got
 * past authorization), or refused (401, 403 or 404, as problem+json) — through the gateway and
 * directly from the service that owns the operation. An operation with no row in the table, or
 * no call written for it, fails the test: a new endpoint cannot ship unexamined.
 */
class AuthorizationMatrixTest {

    private static final Set<Integer> REFUSED = Set.of(401, 403, 404);
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static String gateway;
    private static AuthorizationWorld world;
    private static AuthorizationCalls calls;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void theWorld() throws Exception {
        gateway = Suite.gateway();
        world = new AuthorizationWorld(gateway);
        calls = new AuthorizationCalls(world);
    }

    @Test
    void everyOperationAnswersEveryRelationAsTheModelSays() throws Exception {
        Map<String, Map<Relation, Boolean>> model = model();
        JsonNode document = new ObjectMapper().readTree(send(new Call("GET", "/openapi", null, null, Map.of(), null), gateway)
                .body());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int direct = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String operation = op.getKey().toUpperCase() + " " + path.getKey();
                Map<Relation, Boolean> expected = model.remove(operation);
                if (expected == null) {
                    failures.add(operation + ": no row in the README's authorization table");
                    continue;
                }
                String service = Suite.serviceUrl(op.getValue().path("x-service").asText());
                for (Relation relation : Relation.values()) {
                    Call call = calls.call(operation, relation);
                    if (call == null) {
                        failures.add(operation + ": no call written in AuthorizationCalls");
                        break;
                    }
                    check(operation, relation, expected.get(relation), call, gateway, "gateway", failures);
                    if (service != null) {
                        Call again = calls.call(operation, relation);
                        check(operation, relation, expected.get(relation), again, service, "service", failures);
                        direct++;
                    }
                    checked++;
                }
            }
        }
        model.keySet().forEach(stale -> failures.add(stale + ": in the README's table, but not in the merged OpenAPI"));
        if (!failures.isEmpty()) {
            fail(failures.size() + " differences from the authorization model:\n" + String.join("\n", failures));
        }
        assertTrue(checked >= 77 * Relation.values().length, "checked " + checked);
        // against the suite started here, every operation was also called on its service directly
        assertTrue(Suite.serviceUrl("events-service") == null || direct == checked, direct + " of " + checked + " directly");
    }

    private static void check(String operation, Relation relation, boolean allowed, Call call, String base, String where,
            List<String> failures) throws Exception {
        HttpResponse<String> response = send(call, base);
        int status = response.statusCode();
        String what = operation + " as " + relation + " via " + where + ": " + status;
        if (status >= 500 || status == 429) {
            failures.add(what + " " + abbreviate(response.body()));
        } else if (allowed == REFUSED.contains(status)) {
            failures.add(what + (allowed ? " (refused, the model allows it) " : " (allowed, the model refuses it) ")
                    + abbreviate(response.body()));
        } else if (!allowed && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add(what + " refused without problem+json");
        }
    }

    /** One request; a stream is answered by its status and closed; a rate-limited one is retried when told. */
    private static HttpResponse<String> send(Call call, String base) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + call.path()))
                .timeout(Duration.ofSeconds(30));
        if (call.token() != null) {
            request.header("Authorization", "Bearer " + call.token());
        }
        call.headers().forEach(request::header);
        if (call.body() == null) {
            request.method(call.method(), HttpRequest.BodyPublishers.noBody());
        } else {
            String text = call.body() instanceof String s ? s : new ObjectMapper().writeValueAsString(call.body());
            request.header("Content-Type", call.contentType())
                    .method(call.method(), HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        }
        HttpRequest built = request.build();
        return Awaitility.await(call.method() + " " + call.path() + " beyond the rate limit")
                .atMost(Duration.ofSeconds(75)).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(2))
                .until(() -> exchange(built), r -> r.statusCode() != 429);
    }

    private static HttpResponse<String> exchange(HttpRequest request) throws Exception {
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        boolean stream = response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream");
        try (InputStream in = response.body()) {
            String body = stream ? "(event stream)" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new Answer(response, body);
        }
    }

    /** The README's table: operation → relation → allowed. */
    static Map<String, Map<Relation, Boolean>> model() throws Exception {
        Map<String, Map<Relation, Boolean>> model = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("..", "..", "README.md"))) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String operation = cells[1].trim().replace("`", "");
            if (!operation.matches("(GET|PUT|POST|DELETE|PATCH) /.*")) {
                continue;
            }
            assertEquals(Relation.values().length + 2, cells.length, "columns of " + operation);
            Map<Relation, Boolean> row = new EnumMap<>(Relation.class);
            for (Relation relation : Relation.values()) {
                String cell = cells[2 + relation.ordinal()].trim();
                assertTrue(cell.equals("✔") || cell.equals("✘"), operation + " " + relation + ": " + cell);
                row.put(relation, cell.equals("✔"));
            }
            assertTrue(model.put(operation, row) == null, operation + " twice in the table");
        }
        return model;
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** A response whose body was read (or, for a stream, left). */
    private record Answer(HttpResponse<InputStream> response, String body) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return response.statusCode();
        }

        @Override
        public HttpRequest request() {
            return response.request();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return response.headers();
        }

        @Override
        public URI uri() {
            return response.uri();
        }

        @Override
        public HttpClient.Version version() {
            return response.version();
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return response.sslSession();
        }
    }
}
