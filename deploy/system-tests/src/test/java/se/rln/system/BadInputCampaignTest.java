package se.rln.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;

/**
 * Hundreds of malformed requests through the gateway, generated from the merged OpenAPI
 * document for every operation: hostile path and query values, broken and hostile bodies, wrong
 * types, unknown fields, invalid UTF-8, huge arrays and strings, wrong media types. None may give
 * a 5xx; every refusal is problem+json.
 */
class BadInputCampaignTest {

    private static final List<String> HOSTILE_VALUES = List.of("'; DROP TABLE registration; --", "..%2F..%2Fetc%2Fpasswd",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "-1", "99999999999999999999999", "x".repeat(3000), "%C3%A5%C3%A4%C3%B6",
            "%00", "null");
    private static final List<byte[]> HOSTILE_BODIES = List.of(bytes("{"), bytes("[]"), bytes("\"text\""), bytes("null"),
            bytes("{\"unknownField\":1}"), bytes("{\"title\":5,\"capacity\":\"många\",\"startsAt\":\"igår\"}"),
            new byte[] { '{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xE5, (byte) 0xE4, '"', '}' },
            bytes("{\"ratings\":[" + "{\"driverId\":\"x\",\"impact\":9}," .repeat(2000) + "{}]}"),
            bytes("{\"title\":\"" + "Å".repeat(20_000) + "\"}"), bytes("{\"a\":".repeat(500) + "1" + "}".repeat(500)),
            bytes("{\"title\":\"' OR 1=1 --\",\"email\":\"<script>@x\",\"municipalityCode\":\"12a4\"}"));

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void fiveHundredMalformedRequestsGiveNoServerErrorAndOnlyProblems() throws Exception {
        String gateway = Suite.gateway();
        JsonNode merged = json.readTree(given().baseUri(gateway).get("/openapi").then().statusCode(200).extract().asString());
        List<String> failures = new ArrayList<>();
        int sent = 0;
        String token = TestTokens.admin();
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) merged.path("paths")::fields) {
            if (path.getKey().endsWith("/stream")) {
                continue;
            }
            for (var op : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                String method = op.getKey().toUpperCase();
                for (String raw : HOSTILE_VALUES) {
                    String value = java.net.URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
                    String url = path.getKey().replaceAll("\\{[^}]+}", java.util.regex.Matcher.quoteReplacement(value));
                    failures.addAll(check(send(gateway, token, method, url + query(op.getValue(), value), null, null)));
                    sent++;
                }
                if (method.equals("POST") || method.equals("PUT")) {
                    String url = path.getKey().replaceAll("\\{[^}]+}", "0b5e1f0c-6d1a-4f1e-9c53-3f2a1c9d7e11");
                    for (byte[] body : HOSTILE_BODIES) {
                        failures.addAll(check(send(gateway, token, method, url, body, "application/json")));
                        sent++;
                    }
                    failures.addAll(check(send(gateway, token, method, url, bytes("a;b\n1;2"), "text/plain")));
                    failures.addAll(check(send(gateway, null, method, url, HOSTILE_BODIES.get(5), "application/json")));
                    sent += 2;
                }
                if (sent % 150 < 20) {
                    token = TestTokens.admin(); // a fresh client now and then, so rate limits do not decide the answers
                }
            }
        }
        assertTrue(sent >= 500, "sent " + sent);
        assertEquals(List.of(), failures, "of " + sent + " malformed requests");
    }

    /**
     * Every list the merged document offers a {@code cursor} on, given cursors no list issues
     * (among them a well-formed one whose id is none): each is a 400 naming {@code cursor}, or
     * the 410 resync problem where the operation documents one (the change feed). A sort value of
     * the wrong type (a time that is none) is tried per list where the list is known to sort by
     * time, in the services' bad-input tests.
     */
    @Test
    void everyCursorParameterRefusesCursorsItsListDidNotIssue() throws Exception {
        String gateway = Suite.gateway();
        JsonNode merged = json.readTree(given().baseUri(gateway).get("/openapi").then().statusCode(200).extract().asString());
        String id = "0b5e1f0c-6d1a-4f1e-9c53-3f2a1c9d7e11";
        List<String> foreign = List.of(cursor("Lund\u001fnot-an-id"), cursor("Lund\u001f" + id + "x"),
                cursor("no separator"), cursor("\u001f"), "%25%25%25");
        List<String> lists = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) merged.path("paths")::fields) {
            JsonNode get = path.getValue().path("get");
            boolean paged = false;
            for (JsonNode p : get.path("parameters")) {
                paged |= "query".equals(p.path("in").asText()) && "cursor".equals(p.path("name").asText());
            }
            if (!paged) {
                continue;
            }
            lists.add(get.path("operationId").asText());
            boolean resyncs = get.path("responses").has("410");
            String url = path.getKey().replace("{code}", "1280").replaceAll("\\{[^}]+}", id);
            for (String cursor : foreign) {
                Response r = send(gateway, TestTokens.admin(), "GET", url + "?cursor=" + cursor, null, null);
                String type = String.valueOf(r.contentType());
                boolean named = r.statusCode() == 400 && "cursor".equals(r.path("violations[0].field"));
                boolean gone = resyncs && r.statusCode() == 410;
                if (!type.startsWith("application/problem+json") || !(named || gone)) {
                    failures.add(get.path("operationId").asText() + " cursor " + cursor + ": " + r.statusCode() + " "
                            + r.asString().substring(0, Math.min(200, r.asString().length())));
                }
            }
        }
        assertTrue(lists.containsAll(List.of("listEvents", "listOrganisations", "listProgrammes", "listEventRegistrations",
                "listWebhookDeliveries", "listWorkshops", "listMunicipalityChanges")), "cursor parameters found on " + lists);
        assertEquals(List.of(), failures);
    }

    private static String cursor(String decoded) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(decoded));
    }

    private static String query(JsonNode operation, String value) {
        StringBuilder q = new StringBuilder();
        for (JsonNode p : operation.path("parameters")) {
            if ("query".equals(p.path("in").asText())) {
                q.append(q.length() == 0 ? "?" : "&").append(p.path("name").asText()).append('=').append(value);
            }
        }
        return q.toString();
    }

    private static Response send(String gateway, String token, String method, String url, byte[] body, String type) {
        RequestSpecification r = given().baseUri(gateway).urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        if (token != null) {
            r = r.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            r = r.contentType(type).body(body);
        }
        return r.request(method, url);
    }

    private static List<String> check(Response response) {
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        if (status >= 500 || (status >= 400 && !type.startsWith("application/problem+json"))) {
            return List.of(status + " " + type + ": " + response.asString().substring(0, Math.min(300, response.asString().length())));
        }
        return List.of();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
