package se.rln.scenario.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.scenario.Fixtures;

/** Phase guards, input outside its phase, who may do what, and bad input: all problem+json. */
@QuarkusTest
class WorkshopRulesTest {

    /** A standalone workshop of a facilitator with two groups of one participant each. */
    record Room(String facilitator, String base, String group1, String group2, String alice, String bob) {
    }

    static Room room() {
        String facilitator = TestTokens.facilitator();
        String id = as(facilitator).body(Map.of("title", "Scenariokorset i Ystad", "minRatings", 1))
                .post("/api/v1/workshops").then().statusCode(201).body("phase", equalTo("SETUP")).extract().path("id");
        String base = "/api/v1/workshops/" + id;
        String g1 = as(facilitator).body(Map.of("name", "Bord 1")).post(base + "/groups").then().statusCode(201).extract().path("id");
        String g2 = as(facilitator).body(Map.of("name", "Bord 2")).post(base + "/groups").then().statusCode(201).extract().path("id");
        UUID alice = UUID.randomUUID();
        UUID bob = UUID.randomUUID();
        as(facilitator).body(Map.of("participantId", alice, "municipalityCode", "1286", "displayName", "Alice", "groupId", g1))
                .post(base + "/members").then().statusCode(200);
        as(facilitator).body(Map.of("participantId", bob, "municipalityCode", "1280", "groupId", g2))
                .post(base + "/members").then().statusCode(200);
        return new Room(facilitator, base, g1, g2, Fixtures.participant(alice), Fixtures.participant(bob));
    }

    @Test
    void guardsNameTheGroupsThatAreNotReadyAndPhasesCannotBeSkipped() {
        Room r = room();
        problem(as(r.facilitator()).body(Map.of("phase", "DRIVERS")).post(r.base() + "/phase"), 409, "wrong-phase",
                "the workshop is in phase SETUP; the next phase is FOCAL_QUESTION");
        advance(r, "FOCAL_QUESTION");
        as(r.facilitator()).body(Map.of("phase", "FOCAL_QUESTION")).post(r.base() + "/phase").then().statusCode(200);
        as(r.alice()).body(Map.of("question", "Hur leder vi 2035?")).put(r.base() + "/groups/" + r.group1() + "/focal-question")
                .then().statusCode(200);
        problem(as(r.facilitator()).body(Map.of("phase", "DRIVERS")).post(r.base() + "/phase"), 409, "phase-guard",
                "cannot move to DRIVERS: Bord 2 has no focal question");
        as(r.bob()).body(Map.of("question", "Vad gör vi med AI?")).put(r.base() + "/groups/" + r.group2() + "/focal-question")
                .then().statusCode(200);
        advance(r, "DRIVERS");
        String d1 = driver(r, r.alice(), r.group1(), "Digitalisering");
        problem(as(r.facilitator()).body(Map.of("phase", "RATING")).post(r.base() + "/phase"), 409, "phase-guard",
                "Bord 1 has 1 driver(s); 2 are needed; Bord 2 has 0 driver(s); 2 are needed");
        String d2 = driver(r, r.alice(), r.group1(), "Kompetens");
        driver(r, r.bob(), r.group2(), "AI");
        driver(r, r.bob(), r.group2(), "Ekonomi");
        advance(r, "RATING");
        as(r.alice()).body(Map.of("ratings", List.of(Map.of("driverId", d1, "impact", 5, "uncertainty", 4))))
                .put(r.base() + "/groups/" + r.group1() + "/ratings").then().statusCode(200);
        problem(as(r.facilitator()).body(Map.of("phase", "AXES")).post(r.base() + "/phase"), 409, "phase-guard",
                "Bord 1 has 1 driver(s) rated by 1 or more; 2 are needed; Bord 2 has 0 driver(s)");
        problem(as(r.facilitator()).get(r.base() + "/groups/" + r.group1() + "/axes/suggestion"), 409, "not-enough-ratings",
                "Bord 1 has fewer than two rated drivers");
        as(r.alice()).body(Map.of("ratings", List.of(Map.of("driverId", d2, "impact", 2, "uncertainty", 2))))
                .put(r.base() + "/groups/" + r.group1() + "/ratings").then().statusCode(200);
    }

    @Test
    void inputOutsideItsPhaseIsRefusedNamingTheCurrentPhase() {
        Room r = room();
        problem(as(r.alice()).body(Map.of("title", "För tidigt", "category", "SOCIAL"))
                .post(r.base() + "/groups/" + r.group1() + "/drivers"), 409, "wrong-phase",
                "the workshop is in phase SETUP; collecting drivers belongs to phase DRIVERS");
        advance(r, "FOCAL_QUESTION");
        problem(as(r.facilitator()).body(Map.of("groups", 2)).post(r.base() + "/groups/assignment"), 409, "wrong-phase",
                "the workshop is in phase FOCAL_QUESTION; assigning groups belongs to phase SETUP");
        problem(as(r.alice()).body(Map.of("ratings", List.of(Map.of("driverId", UUID.randomUUID(), "impact", 3,
                "uncertainty", 3)))).put(r.base() + "/groups/" + r.group1() + "/ratings"), 409, "wrong-phase",
                "rating belongs to phase RATING");
        problem(as(r.alice()).header("If-Match", "\"0\"").body(Map.of("name", "x"))
                .put(r.base() + "/groups/" + r.group1() + "/scenarios/NE"), 409, "wrong-phase", "phase SCENARIOS");
        problem(as(r.alice()).body(Map.of("title", "x")).post(r.base() + "/groups/" + r.group1() + "/strategies"), 409,
                "wrong-phase", "phase STRATEGIES");
    }

    @Test
    void participantsActOnlyInTheirOwnGroupAndNeverAsFacilitator() {
        Room r = room();
        problem(as(r.alice()).body(Map.of("phase", "FOCAL_QUESTION")).post(r.base() + "/phase"), 403, "forbidden",
                "only the workshop's facilitator may do this");
        problem(as(r.alice()).body(Map.of("name", "Mitt bord")).post(r.base() + "/groups"), 403, "forbidden", "facilitator");
        advance(r, "FOCAL_QUESTION");
        problem(as(r.alice()).body(Map.of("question", "Intrång?")).put(r.base() + "/groups/" + r.group2() + "/focal-question"),
                403, "forbidden", "a participant writes only into their own group");
        as(r.alice()).body(Map.of("question", "Vår fråga")).put(r.base() + "/groups/" + r.group1() + "/focal-question").then()
                .statusCode(200);
        as(r.bob()).body(Map.of("question", "Vår fråga")).put(r.base() + "/groups/" + r.group2() + "/focal-question").then()
                .statusCode(200);
        advance(r, "DRIVERS");
        String d1 = driver(r, r.alice(), r.group1(), "Digitalisering");
        String d2 = driver(r, r.alice(), r.group1(), "Kompetens");
        String other = driver(r, r.bob(), r.group2(), "AI");
        driver(r, r.bob(), r.group2(), "Ekonomi");
        problem(as(r.alice()).body(Map.of("into", d2)).post(r.base() + "/groups/" + r.group1() + "/drivers/" + d1 + "/merge"),
                403, "forbidden", "facilitator");
        advance(r, "RATING");
        problem(as(r.alice()).body(Map.of("ratings", List.of(Map.of("driverId", other, "impact", 3, "uncertainty", 3))))
                .put(r.base() + "/groups/" + r.group2() + "/ratings"), 403, "forbidden",
                "a participant rates and votes only in their own group");
        // a driver of another group, rated through one's own group, does not exist there
        Response cross = as(r.alice()).body(Map.of("ratings", List.of(Map.of("driverId", other, "impact", 3, "uncertainty", 3))))
                .put(r.base() + "/groups/" + r.group1() + "/ratings");
        problem(cross, 400, "validation", "no driver " + other + " to rate in this group");
        problem(as(r.facilitator()).body(Map.of("ratings", List.of(Map.of("driverId", d1, "impact", 3, "uncertainty", 3))))
                .put(r.base() + "/groups/" + r.group1() + "/ratings"), 403, "forbidden", null);
        problem(as(r.alice()).post(r.base() + "/groups/" + r.group1() + "/votes/reveal"), 403, "forbidden", "facilitator");
    }

    @Test
    void strangersDoNotSeeTheWorkshopAtAll() {
        Room r = room();
        String group = r.base() + "/groups/" + r.group1();
        for (String stranger : List.of(Fixtures.participant(UUID.randomUUID()), TestTokens.facilitator(),
                TestTokens.coordinator(UUID.randomUUID()))) {
            for (String path : List.of(r.base(), r.base() + "/members", r.base() + "/groups", group, group + "/drivers",
                    group + "/votes", group + "/scenarios", group + "/strategies", group + "/axes/suggestion",
                    r.base() + "/results", r.base() + "/report.md", group + "/cross.svg", group + "/drivers.svg",
                    r.base() + "/stream")) {
                problem(as(stranger).get(path), 404, "not-found", "workshop");
            }
            problem(as(stranger).body(Map.of("phase", "FOCAL_QUESTION")).post(r.base() + "/phase"), 404, "not-found", null);
            problem(as(stranger).body(Map.of("name", "x")).post(r.base() + "/groups"), 404, "not-found", null);
        }
        as(TestTokens.facilitator()).get("/api/v1/workshops").then().statusCode(200).body("items.size()", equalTo(0));
        given().get(r.base()).then().statusCode(401).contentType("application/problem+json");
        problem(as(TestTokens.municipality("1280")).get(r.base()), 403, "forbidden", null);
        problem(as(r.alice()).body(Map.of("title", "Egen")).post("/api/v1/workshops"), 403, "forbidden", null);
        // a group of another workshop through this one does not exist
        Room other = room();
        problem(as(r.facilitator()).get(r.base() + "/groups/" + other.group1()), 404, "not-found", "group");
    }

    @Test
    void badInputNamesTheFieldAndTheReason() {
        Room r = room();
        String f = r.facilitator();
        problem(as(f).body(Map.of("title", "")).post("/api/v1/workshops"), 400, "validation", null, "title");
        problem(as(f).body(Map.of("title", "x", "dotBudget", 99)).post("/api/v1/workshops"), 400, "validation", null, "dotBudget");
        problem(as(TestTokens.admin()).body(Map.of("title", "x", "eventId", UUID.randomUUID())).post("/api/v1/workshops"), 400,
                "validation", "unknown event", "eventId");
        problem(as(f).body(Map.of("title", "x", "colour", "blå")).post("/api/v1/workshops"), 400, "unknown-property", null, "colour");
        problem(as(f).body("{\"title\":").post("/api/v1/workshops"), 400, null, null);
        problem(as(f).body(Map.of("phase", "LATER")).post(r.base() + "/phase"), 400, "validation", null, "phase");
        problem(as(f).body(Map.of("phase", "FOCAL_QUESTION", "deadline", "2020-01-01T00:00:00Z")).post(r.base() + "/phase"),
                400, "validation", "must be in the future", "deadline");
        problem(as(f).body(Map.of("groups", 0)).post(r.base() + "/groups/assignment"), 400, "validation", null, "groups");
        problem(as(f).body(Map.of("participantId", "nej")).post(r.base() + "/members"), 400, "validation", null, "participantId");
        problem(as(f).body(Map.of("participantId", UUID.randomUUID(), "groupId", UUID.randomUUID())).post(r.base() + "/members"),
                400, "validation", "no group", "groupId");
        problem(as(f).get("/api/v1/workshops?event=x"), 400, "validation", null, "event");
        problem(as(f).get("/api/v1/workshops?limit=1000"), 400, "validation", null, "limit");
        problem(as(f).get(r.base() + "/groups/" + r.group1() + "/scenarios/MIDDLE"), 400, "validation", "NE, NW, SW, SE", "quadrant");
        problem(as(f).get("/api/v1/workshops/not-a-uuid"), 404, null, null);
        advance(r, "FOCAL_QUESTION");
        problem(as(r.alice()).body(Map.of("question", " ")).put(r.base() + "/groups/" + r.group1() + "/focal-question"), 400,
                "validation", null, "question");
        as(r.alice()).body(Map.of("question", "Fråga")).put(r.base() + "/groups/" + r.group1() + "/focal-question");
        as(r.bob()).body(Map.of("question", "Fråga")).put(r.base() + "/groups/" + r.group2() + "/focal-question");
        advance(r, "DRIVERS");
        problem(as(r.alice()).body(Map.of("title", "Trend", "category", "SPIRITUAL")).post(r.base() + "/groups/" + r.group1()
                + "/drivers"), 400, "validation", null, "category");
        String d1 = driver(r, r.alice(), r.group1(), "Digitalisering");
        driver(r, r.alice(), r.group1(), "Kompetens");
        driver(r, r.bob(), r.group2(), "AI");
        driver(r, r.bob(), r.group2(), "Ekonomi");
        problem(as(f).body(Map.of("into", d1)).post(r.base() + "/groups/" + r.group1() + "/drivers/" + d1 + "/merge"), 400,
                "validation", "into itself", "into");
        advance(r, "RATING");
        problem(as(r.alice()).body(Map.of("ratings", List.of(Map.of("driverId", d1, "impact", 6, "uncertainty", 0))))
                .put(r.base() + "/groups/" + r.group1() + "/ratings"), 400, "validation", null, "ratings[0].impact");
        problem(as(r.alice()).body(Map.of("ratings", List.of())).put(r.base() + "/groups/" + r.group1() + "/ratings"), 400,
                "validation", null, "ratings");
        problem(as(r.alice()).body(Map.of("votes", List.of(Map.of("driverId", d1, "dots", 6))))
                .put(r.base() + "/groups/" + r.group1() + "/votes"), 400, "validation", "6 dots exceed the budget of 5", "votes");
        problem(as(r.alice()).body(Map.of("votes", List.of(Map.of("driverId", UUID.randomUUID(), "dots", 1))))
                .put(r.base() + "/groups/" + r.group1() + "/votes"), 400, "validation", "no driver", "votes[0].driverId");
    }

    static void advance(Room r, String phase) {
        as(r.facilitator()).body(Map.of("phase", phase)).post(r.base() + "/phase").then().statusCode(200)
                .body("phase", equalTo(phase));
    }

    static String driver(Room r, String token, String group, String title) {
        return as(token).body(Map.of("title", title, "category", "SOCIAL")).post(r.base() + "/groups/" + group + "/drivers")
                .then().statusCode(201).extract().path("id");
    }

    static void problem(Response response, int status, String type, String detail) {
        problem(response, status, type, detail, null);
    }

    static void problem(Response response, int status, String type, String detail, String field) {
        var then = response.then().statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
        if (type != null) {
            then.body("type", equalTo("urn:rln:problem:" + type));
        }
        if (detail != null) {
            then.body("detail", containsString(detail));
        }
        if (field != null) {
            then.body("violations[0].field", equalTo(field));
        }
    }
}
