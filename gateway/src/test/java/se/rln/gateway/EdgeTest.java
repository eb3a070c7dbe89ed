package se.rln.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;

/** Tokens refused at the edge, rate limits, request ids end to end, CORS and metrics. */
@QuarkusTest
class EdgeTest {

    @Test
    void badTokensAndWrongRolesAreRefusedAtTheEdgeAndNeverReachTheService() throws Exception {
        String valid = "edge-ok-" + UUID.randomUUID();
        given().header("X-Request-Id", valid).header("Authorization", "Bearer " + TestTokens.admin())
                .get("/api/v1/organisations").then().statusCode(200);
        Map<String, String> refused = Map.of(
                "edge-none-" + UUID.randomUUID(), "",
                "edge-expired-" + UUID.randomUUID(), "Bearer " + TestTokens.expired(),
                "edge-foreign-" + UUID.randomUUID(), "Bearer " + TestTokens.foreign(),
                "edge-garbage-" + UUID.randomUUID(), "Bearer not.a.token",
                "edge-role-" + UUID.randomUUID(), "Bearer " + TestTokens.participant(UUID.randomUUID(), "1280"));
        refused.forEach((id, authorization) -> {
            var request = given().header("X-Request-Id", id).contentType("application/json").body(Map.of("name", "x"));
            if (!authorization.isEmpty()) {
                request = request.header("Authorization", authorization);
            }
            int status = id.startsWith("edge-role") ? 403 : 401;
            request.post("/api/v1/organisations").then().statusCode(status).contentType("application/problem+json")
                    .header("X-Request-Id", id).body("status", equalTo(status)).body("requestId", equalTo(id));
        });
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> serviceLog("events").contains("req=" + valid));
        String log = serviceLog("events");
        refused.keySet().forEach(id -> assertFalse(log.contains(id), id + " reached events-service"));
    }

    @Test
    void theRequestIdIsEchoedLoggedByTheServiceAndCarriedOntoKafka() throws Exception {
        String admin = TestTokens.admin();
        String org = given().header("Authorization", "Bearer " + admin).contentType("application/json")
                .body(Map.of("name", "Kommunförbundet Skåne " + UUID.randomUUID(), "kind", "ASSOCIATION", "countyCode", "12"))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String requestId = "skane-" + UUID.randomUUID();
        OffsetDateTime day = OffsetDateTime.now().plusMonths(2).withNano(0);
        String event = given().header("Authorization", "Bearer " + TestTokens.coordinator(UUID.fromString(org)))
                .header("X-Request-Id", requestId).contentType("application/json")
                .body(Map.of("title", "Ledarskapsdag", "hostOrganisationId", org, "regionCode", "12", "startsAt",
                        day.toString(), "endsAt", day.plusHours(6).toString(), "capacity", 40))
                .post("/api/v1/events").then().statusCode(201).header("X-Request-Id", requestId).extract().path("id");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> serviceLog("events").contains("req=" + requestId));
        var records = TestKafka.await("leadership.events.v1", r -> event.equals(r.key()), l -> !l.isEmpty(),
                Duration.ofSeconds(30));
        Header header = records.get(0).headers().lastHeader("X-Request-Id");
        assertEquals(requestId, new String(header.value(), StandardCharsets.UTF_8));
        // without one, the gateway makes one up and answers it
        String made = given().get("/api/v1/counties").then().statusCode(200).extract().header("X-Request-Id");
        assertTrue(made.matches("[0-9a-f-]{36}"), made);
    }

    @Test
    void theClientAfterItsBudgetGets429WithRetryAfterAndOthersGoOn() {
        String greedy = TestTokens.coordinator(UUID.randomUUID());
        for (int i = 0; i < 400; i++) {
            given().header("Authorization", "Bearer " + greedy).get("/api/v1/counties").then().statusCode(200);
        }
        given().header("Authorization", "Bearer " + greedy).get("/api/v1/counties").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", Integer::parseInt,
                        org.hamcrest.Matchers.greaterThan(0)).body("type", equalTo("urn:rln:problem:rate-limited"));
        given().header("Authorization", "Bearer " + TestTokens.coordinator(UUID.randomUUID())).get("/api/v1/counties")
                .then().statusCode(200);
        // roster sync has a stricter bucket of its own
        String malmo = TestTokens.municipality("1283");
        String roster = "/api/v1/events/" + UUID.randomUUID() + "/municipalities/1283/roster";
        for (int i = 0; i < 5; i++) {
            given().header("Authorization", "Bearer " + malmo).contentType("text/csv").body("externalId\n").put(roster)
                    .then().statusCode(org.hamcrest.Matchers.not(429));
        }
        given().header("Authorization", "Bearer " + malmo).contentType("text/csv").body("externalId\n").put(roster).then()
                .statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", "Bearer " + malmo).get(roster).then().statusCode(org.hamcrest.Matchers.not(429));
    }

    @Test
    void unknownPathsMethodsAndHugeBodiesAreProblemsAtTheEdge() {
        given().get("/api/v1/nowhere").then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no service answers /api/v1/nowhere"));
        given().header("Authorization", "Bearer " + TestTokens.admin()).patch("/api/v1/events").then().statusCode(405)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TestTokens.admin()).contentType("application/json")
                .body(new byte[7_000_000]).post("/api/v1/organisations").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void theWorkshopFrontEndMayCallFromItsOriginAndMetricsArePerRoute() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/workshops/x/groups/y/ratings").then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
        given().get("/api/v1/counties").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("gateway_requests_seconds_count{method=\"GET\",route=\"/api/v1/counties\""));
    }

    private static String serviceLog(String name) throws Exception {
        return Files.readString(SuiteBackends.service(name).log());
    }
}
