package se.rln.scenario.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rln.commons.testing.Api.as;
import static se.rln.scenario.rest.WorkshopRulesTest.problem;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.SseClient;
import se.rln.commons.testing.TestTokens;
import se.rln.scenario.Fixtures;

/**
 * The holes a hostile client found, each closed: a facilitator with no tie to an event taking
 * over its workshop, identity from a chosen user name, tokens of another audience, user text
 * becoming Markdown structure or HTML, control characters breaking the pictures, and one
 * client holding any number of streams.
 */
@QuarkusTest
class WorkshopAuthorizationTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aFacilitatorWithNoTieToAnEventCannotCreateItsWorkshopWhetherOrNotTheEventExists() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        UUID draft = UUID.randomUUID();
        Fixtures.publishEvent(draft, UUID.randomUUID(), UUID.randomUUID(), 1, "DRAFT");
        String stranger = TestTokens.facilitator();
        String detail = "a workshop for an event is created by that event's organisers";
        for (UUID event : List.of(day.event(), draft, UUID.randomUUID())) {
            problem(as(stranger).body(Map.of("title", "Övertagandet", "eventId", event)).post("/api/v1/workshops"), 403,
                    "forbidden", detail);
        }
        String otherCoordinator = TestTokens.coordinator(UUID.randomUUID());
        problem(as(otherCoordinator).body(Map.of("title", "Övertagandet", "eventId", day.event())).post("/api/v1/workshops"),
                403, "forbidden", detail);
        // the event's own coordinator may; an admin too, and an admin's unknown event is bad input
        as(day.coordinator()).body(Map.of("title", "Andra passet", "eventId", day.event())).post("/api/v1/workshops")
                .then().statusCode(201).body("organisers", hasItem(day.host().toString()));
        problem(as(TestTokens.admin()).body(Map.of("title", "Okänt", "eventId", UUID.randomUUID())).post("/api/v1/workshops"),
                400, "validation", "unknown event", "eventId");
    }

    @Test
    void theEventsOrganisersNameTheFacilitatorsAndAnUnnamedOneSeesNothing() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        Fixtures.registered(day, 2);
        String subject = "facilitator-" + UUID.randomUUID();
        String facilitator = TestTokens.facilitator(subject);
        String base = "/api/v1/workshops/" + day.workshop();
        for (String path : List.of(base, base + "/members", base + "/groups", base + "/results", base + "/report.md")) {
            problem(as(facilitator).get(path), 404, "not-found", null);
        }
        problem(as(facilitator).body(Map.of("facilitators", List.of(subject))).put(base + "/facilitators"), 404, "not-found",
                null);
        as(facilitator).queryParam("event", day.event().toString()).get("/api/v1/workshops").then().statusCode(200)
                .body("items", empty());

        as(day.coordinator()).body(Map.of("facilitators", List.of(subject))).put(base + "/facilitators").then()
                .statusCode(200).body("facilitators", equalTo(List.of(subject)));
        as(facilitator).get(base + "/members").then().statusCode(200);
        // a named facilitator runs the workshop, but does not decide who else does
        problem(as(facilitator).body(Map.of("facilitators", List.of(subject, "friend"))).put(base + "/facilitators"), 403,
                "forbidden", "only the organisers of the workshop's event name its facilitators");
        // someone claiming the facilitator's user name is not the facilitator: the identity is 'sub'
        problem(as(TestTokens.facilitatorClaimingToBe(subject)).get(base), 404, "not-found", null);

        as(day.coordinator()).body(Map.of("facilitators", List.of())).put(base + "/facilitators").then().statusCode(200)
                .body("facilitators", empty());
        problem(as(facilitator).get(base), 404, "not-found", null);
    }

    @Test
    void namingFacilitatorsRefusesBadInputNamingTheField() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        String base = "/api/v1/workshops/" + day.workshop();
        problem(as(day.coordinator()).body(Map.of()).put(base + "/facilitators"), 400, "validation", "facilitators",
                "facilitators");
        problem(as(day.coordinator()).body(Map.of("facilitators", List.of(" "))).put(base + "/facilitators"), 400,
                "validation", null, "facilitators[0]");
        problem(as(day.coordinator()).body(Map.of("facilitators", "anna")).put(base + "/facilitators"), 400, "validation",
                null, "facilitators");
        problem(as(day.coordinator()).body(Map.of("facilitators", List.of("a"), "extra", 1)).put(base + "/facilitators"), 400,
                "unknown-property", null, "extra");
        problem(as(Fixtures.participant(UUID.randomUUID())).body(Map.of("facilitators", List.of("a")))
                .put(base + "/facilitators"), 403, "forbidden", null);
    }

    @Test
    void tokensIssuedForAnotherAudienceAreRefused() {
        problem(as(TestTokens.otherAudience()).get("/api/v1/workshops"), 401, "unauthorized", null);
    }

    @Test
    void userTextCannotCreateMarkdownStructureOrHtml() {
        String facilitator = TestTokens.facilitator();
        String hostile = "# Rubrik <img src=x onerror=alert(1)> [länk](https://evil.example) | ![bild](x)";
        String id = as(facilitator).body(Map.of("title", hostile)).post("/api/v1/workshops").then().statusCode(201)
                .extract().path("id");
        as(facilitator).body(Map.of("name", "* lista\n\n## Grupp")).post("/api/v1/workshops/" + id + "/groups").then()
                .statusCode(201);
        var response = as(facilitator).get("/api/v1/workshops/" + id + "/report.md").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'none'")).extract();
        String report = response.asString();
        assertFalse(report.contains("<img"), report);
        assertFalse(report.contains("](https"), report);
        assertFalse(report.contains("\n## Grupp"), report);
        assertTrue(report.startsWith("# \\# Rubrik &lt;img src=x onerror=alert\\(1\\)&gt; \\[länk\\]\\(https\\://evil\\.example\\)"
                + " \\| \\!\\[bild\\]\\(x\\)\n"), report);
        assertTrue(report.contains("\n## \\* lista \\#\\# Grupp\n"), report);
    }

    @Test
    void controlCharactersThatWouldBreakThePicturesAreRefusedNamingTheField() {
        String facilitator = TestTokens.facilitator();
        problem(as(facilitator).body(Map.of("title", "Scenario\u0007korset")).post("/api/v1/workshops"), 400, "validation",
                "contains U+0007", "title");
        problem(as(facilitator).body(Map.of("title", "Korset", "facilitators", List.of("ok", "bad\u0000")))
                .post("/api/v1/workshops"), 400, "validation", "contains U+0000", "facilitators[1]");
        // tab and line breaks are text
        as(facilitator).body(Map.of("title", "Scenario\tkorset\r\n2035")).post("/api/v1/workshops").then().statusCode(201);
    }

    @Test
    void oneViewerHoldsAtMostTheConfiguredNumberOfStreams() throws Exception {
        String facilitator = TestTokens.facilitator();
        String id = as(facilitator).body(Map.of("title", "Strömmar")).post("/api/v1/workshops").then().statusCode(201)
                .extract().path("id");
        String stream = root.toString().replaceAll("/$", "") + "/api/v1/workshops/" + id + "/stream";
        List<SseClient> open = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                open.add(SseClient.open(stream, facilitator));
            }
            HttpResponse<java.io.InputStream> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stream))
                    .timeout(java.time.Duration.ofSeconds(10)).header("Authorization", "Bearer " + facilitator).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = refused.body()) {
                assertTrue(refused.statusCode() == 429, "a fourth stream of one viewer: " + refused.statusCode());
                String problem = new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(problem.contains("urn:rln:problem:too-many-streams")
                        && refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), problem);
            }
            // another viewer of the same workshop is not affected
            try (SseClient other = SseClient.open(stream, TestTokens.admin())) {
                other.await(e -> e.name().equals("workshop.connected"), java.time.Duration.ofSeconds(10));
            }
        } finally {
            for (SseClient c : open) {
                c.close();
            }
        }
        given().get("/api/v1/workshops/" + id + "/stream").then().statusCode(401).body("status", not(equalTo(429)));
    }
}
