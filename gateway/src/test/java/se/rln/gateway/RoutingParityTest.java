package se.rln.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.SseClient;
import se.rln.commons.testing.TestTokens;

/**
 * Every operation of every service answers the same through the gateway as directly (status
 * and body, with the same request id), and the big and streaming bodies pass through: a
 * 10 000-row CSV roster and an SSE stream.
 */
@QuarkusTest
class RoutingParityTest {

    @TestHTTPResource("/")
    URL gateway;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyOperationAnswersTheSameThroughTheGatewayAsDirectly() throws Exception {
        JsonNode merged = json.readTree(given().get("/openapi").then().statusCode(200).extract().asString());
        String admin = TestTokens.admin();
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) merged.path("paths")::fields) {
            for (var op : (Iterable<Map.Entry<String, JsonNode>>) path.getValue()::fields) {
                if (path.getKey().endsWith("/stream")) {
                    continue; // never ends; streamed below
                }
                String service = op.getValue().path("x-service").asText().replace("-service", "");
                String concrete = concrete(path.getKey());
                String requestId = "parity-" + UUID.randomUUID();
                Response direct = send(given().baseUri(SuiteBackends.service(service).url()), op.getKey(), concrete, admin,
                        requestId);
                Response through = send(given().baseUri(gateway.toString()), op.getKey(), concrete, admin, requestId);
                compared++;
                if (direct.statusCode() != through.statusCode() || !direct.asString().equals(through.asString())) {
                    differences.add(op.getKey().toUpperCase() + " " + concrete + ": direct " + direct.statusCode() + " "
                            + direct.asString() + " / gateway " + through.statusCode() + " " + through.asString());
                }
                assertEquals(requestId, through.header("X-Request-Id"));
                assertTrue(through.statusCode() < 500, op.getKey() + " " + concrete + " gave " + through.statusCode());
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(compared >= 70, "compared " + compared + " operations");
    }

    @Test
    void aTenThousandRowCsvRosterGoesThroughAsItWouldDirectly() throws Exception {
        String admin = TestTokens.admin();
        String host = given().baseUri(gateway.toString()).header("Authorization", "Bearer " + admin).contentType("application/json")
                .body(Map.of("name", "Region Skåne " + UUID.randomUUID(), "kind", "REGION", "countyCode", "12"))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String coordinator = TestTokens.coordinator(UUID.fromString(host));
        OffsetDateTime day = OffsetDateTime.now().plusMonths(2).withNano(0);
        String event = given().baseUri(gateway.toString()).header("Authorization", "Bearer " + coordinator)
                .contentType("application/json").body(Map.of("title", "Chefsdag i Malmö", "hostOrganisationId", host,
                        "regionCode", "12", "startsAt", day.toString(), "endsAt", day.plusHours(6).toString(),
                        "capacity", 60, "registrationOpensAt", OffsetDateTime.now().minusDays(1).withNano(0).toString()))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        given().baseUri(gateway.toString()).header("Authorization", "Bearer " + coordinator)
                .post("/api/v1/events/" + event + "/publish").then().statusCode(200);
        // Malmö's HR system syncs as the only client of this test with its own buckets
        String malmo = TestTokens.municipality("1280");
        String roster = "/api/v1/events/" + event + "/municipalities/1280/roster";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().baseUri(gateway.toString())
                .header("Authorization", "Bearer " + malmo).get(roster).statusCode() == 200);
        StringBuilder csv = new StringBuilder("\uFEFFexternalId;givenName;familyName;email;title;managerLevel\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("HR-").append(i).append(";Åsa;Öberg-").append(i).append(";asa.oberg").append(i)
                    .append("@malmo.se;Enhetschef;FIRST_LINE\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        String dryRun = roster + "?dryRun=true";
        String direct = given().baseUri(SuiteBackends.service("participants").url()).header("Authorization", "Bearer " + malmo)
                .contentType("text/csv; charset=UTF-8").body(body).put(dryRun).then().statusCode(200).extract().asString();
        String through = given().baseUri(gateway.toString()).header("Authorization", "Bearer " + malmo)
                .contentType("text/csv; charset=UTF-8").body(body).put(dryRun).then().statusCode(200).extract().asString();
        // the same diff either way (registration ids of a dry run are new each time)
        assertEquals(withoutIds(direct), withoutIds(through));
        given().baseUri(gateway.toString()).header("Authorization", "Bearer " + malmo).contentType("text/csv; charset=UTF-8")
                .body(body).put(roster).then().statusCode(200)
                .body("summary.added", org.hamcrest.Matchers.equalTo(10_000))
                .body("summary.confirmed", org.hamcrest.Matchers.equalTo(60));
    }

    @Test
    void aServerSentEventsStreamFlowsThroughTheGateway() throws Exception {
        String facilitator = TestTokens.facilitator();
        String workshop = given().baseUri(gateway.toString()).header("Authorization", "Bearer " + facilitator)
                .contentType("application/json").body(Map.of("title", "Scenariokorset genom porten"))
                .post("/api/v1/workshops").then().statusCode(201).extract().path("id");
        se.rln.commons.testing.TestKafka.awaitAssignedGroups("scenario-live-", 1, Duration.ofSeconds(60));
        try (SseClient stream = SseClient.open(gateway.toString().replaceAll("/$", "") + "/api/v1/workshops/" + workshop
                + "/stream", facilitator)) {
            given().baseUri(gateway.toString()).header("Authorization", "Bearer " + facilitator)
                    .contentType("application/json").body(Map.of("name", "Bord 1"))
                    .post("/api/v1/workshops/" + workshop + "/groups").then().statusCode(201);
            SseClient.Event e = stream.await(ev -> "workshop.groups-changed".equals(ev.name()), Duration.ofSeconds(15));
            assertTrue(e.data().contains("Bord 1"));
            assertEquals("workshop.connected", stream.events().get(0).name());
        }
    }

    private JsonNode withoutIds(String body) throws Exception {
        JsonNode tree = json.readTree(body);
        tree.path("rows").forEach(r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("registrationId"));
        return tree;
    }

    private static Response send(RequestSpecification spec, String method, String path, String token, String requestId) {
        RequestSpecification r = spec.header("Authorization", "Bearer " + token).header("X-Request-Id", requestId)
                .urlEncodingEnabled(false);
        if (!method.equals("get") && !method.equals("delete")) {
            r = r.contentType("application/json").body("{}");
        }
        return r.request(method.toUpperCase(), path);
    }

    /** A template with every parameter filled: fixed unknown ids, Malmö's code, a quadrant. */
    private static String concrete(String template) {
        return template.replace("{code}", "1280").replace("{quadrant}", "NE")
                .replaceAll("\\{[^}]+}", "0b5e1f0c-6d1a-4f1e-9c53-3f2a1c9d7e11");
    }
}
