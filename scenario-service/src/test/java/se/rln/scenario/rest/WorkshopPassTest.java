package se.rln.scenario.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static se.rln.commons.testing.Api.as;
import static se.rln.scenario.rest.WorkshopRulesTest.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.scenario.Fixtures;

/**
 * Browsers in the room: the facilitator opens joining, a phone joins with the code as one of the
 * members and gets a pass token that counts in that workshop only, until revoked; a projector's
 * pass reads and writes nothing; forged and misplaced tokens are refused.
 */
@QuarkusTest
class WorkshopPassTest {

    private static final String PASS_ISSUER = "https://rln.local/scenario-service/passes";

    private static String open(Fixtures.Day day) {
        return as(day.coordinator()).post("/api/v1/workshops/{id}/join-code", day.workshop()).then().statusCode(200)
                .body("joinUrl", containsString("/workshop/join.html?code=")).extract().path("code");
    }

    private static JsonPath join(String code, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/workshop-joins/{code}", code).then()
                .statusCode(201).body("kind", equalTo("PARTICIPANT")).extract().jsonPath();
    }

    @Test
    void aPhoneJoinsWithTheCodeAndItsPassCountsInThatWorkshopOnlyUntilRevoked() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        Fixtures.registered(day, 5);
        Fixtures.Day other = Fixtures.publishedDay();
        String code = open(day);
        given().get("/api/v1/workshop-joins/{code}", code.toLowerCase()).then().statusCode(200)
                .body("workshopId", equalTo(day.workshop().toString())).body("municipalities", hasSize(5))
                .body("municipalities.find { it.municipalityCode == '1280' }.name", equalTo("Malmö"))
                .body("municipalities.find { it.municipalityCode == '1280' }.free", equalTo(1));

        JsonPath pass = join(code, Map.of("municipalityCode", "1280", "displayName", "Åsa"));
        String token = pass.getString("token");
        as(token).get("/api/v1/workshops/{id}", day.workshop()).then().statusCode(200);
        as(token).body(Map.of("displayName", "Åsa L")).put("/api/v1/workshops/{id}/members/me", day.workshop()).then()
                .statusCode(200).body("displayName", equalTo("Åsa L"));
        // the same person as a member of another workshop: the pass does not count there
        problem(as(token).get("/api/v1/workshops/{id}", other.workshop()), 404, "not-found", null);
        as(token).get("/api/v1/workshops").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", equalTo(day.workshop().toString()));
        // Malmö's one place is taken now
        problem(given().contentType(ContentType.JSON).body(Map.of("municipalityCode", "1280", "displayName", "Bo"))
                .post("/api/v1/workshop-joins/{code}", code), 409, "no-free-place", "1280");

        // the facilitator revokes it: the token stops counting at once, and the member may join again
        String passId = pass.getString("passId");
        as(day.coordinator()).get("/api/v1/workshops/{id}/passes", day.workshop()).then().statusCode(200)
                .body("find { it.id == '" + passId + "' }.displayName", equalTo("Åsa L"))
                .body("find { it.id == '" + passId + "' }.valid", equalTo(true));
        as(day.coordinator()).delete("/api/v1/workshops/{id}/passes/{p}", day.workshop(), passId).then().statusCode(204);
        as(day.coordinator()).delete("/api/v1/workshops/{id}/passes/{p}", day.workshop(), passId).then().statusCode(204);
        problem(as(token).get("/api/v1/workshops/{id}", day.workshop()), 404, "not-found", null);
        // her name stays with the member: she is now offered by name
        given().get("/api/v1/workshop-joins/{code}", code).then().statusCode(200)
                .body("named.displayName", equalTo(List.of("Åsa L")));
        String participant = pass.getString("participantId");
        JsonPath again = join(code, Map.of("participantId", participant));
        assertEquals(participant, again.getString("participantId"));
        as(again.getString("token")).get("/api/v1/workshops/{id}", day.workshop()).then().statusCode(200);
        problem(given().contentType(ContentType.JSON).body(Map.of("participantId", participant))
                .post("/api/v1/workshop-joins/{code}", code), 409, "already-joined", null);

        // a new code: the old one opens nothing, passes given with it stay valid
        String newCode = open(day);
        assertNotEquals(code, newCode);
        problem(given().get("/api/v1/workshop-joins/{code}", code), 404, "not-found", null);
        as(again.getString("token")).get("/api/v1/workshops/{id}", day.workshop()).then().statusCode(200);
        as(day.coordinator()).delete("/api/v1/workshops/{id}/join-code", day.workshop()).then().statusCode(204);
        problem(given().get("/api/v1/workshop-joins/{code}", newCode), 404, "not-found", null);
        problem(as(day.coordinator()).get("/api/v1/workshops/{id}/join-code", day.workshop()), 404, "joining-closed", null);
    }

    @Test
    void theProjectorsPassReadsTheWorkshopAndWritesNothing() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        Fixtures.registered(day, 2);
        Fixtures.Day other = Fixtures.publishedDay();
        String w = "/api/v1/workshops/" + day.workshop();
        as(day.coordinator()).body(Map.of("name", "Grupp 1")).post(w + "/groups").then().statusCode(201);
        String viewer = as(day.coordinator()).post(w + "/view-link").then().statusCode(201)
                .body("kind", equalTo("VIEWER")).body("participantId", nullValue()).extract().path("token");
        as(viewer).get(w).then().statusCode(200);
        String group = as(viewer).get(w + "/groups").then().statusCode(200).body("", hasSize(1)).extract().path("[0].id");
        as(viewer).get(w + "/groups/{g}/drivers", group).then().statusCode(200);
        as(viewer).get(w + "/groups/{g}/cross.svg", group).then().statusCode(200);
        // no names, no writing, no other workshop, no passes of its own
        given().header("Authorization", "Bearer " + viewer).get(w + "/members").then().statusCode(403);
        problem(as(viewer).body(Map.of("name", "Grupp 2")).post(w + "/groups"), 403, "forbidden", null);
        given().header("Authorization", "Bearer " + viewer).post(w + "/view-link").then().statusCode(403);
        problem(as(viewer).get("/api/v1/workshops/{id}", other.workshop()), 404, "not-found", null);
    }

    @Test
    void tokensSignedWithTheWrongKeyForTheirIssuerAreRefused() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        List<UUID> people = Fixtures.registered(day, 1);
        String w = "/api/v1/workshops/" + day.workshop();
        // claims the passes' issuer, signed with the suite's key
        String forged = Jwt.issuer(PASS_ISSUER).audience("rln-workshop").subject("pass:" + UUID.randomUUID())
                .claim("wid", day.workshop().toString()).claim("pid", people.get(0).toString()).groups(Set.of("participant"))
                .expiresIn(Duration.ofHours(1)).sign(KeyUtils.readPrivateKey("testing/jwt-private.pem"));
        given().header("Authorization", "Bearer " + forged).get(w).then().statusCode(401);
        // claims the suite's issuer, signed with the passes' key
        String borrowed = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).subject("admin-by-pass")
                .groups(Set.of("admin")).expiresIn(Duration.ofHours(1))
                .sign(KeyUtils.readPrivateKey("testing/pass-private.pem"));
        given().header("Authorization", "Bearer " + borrowed).get(w).then().statusCode(401);
        // a pass token with a pass id that was never issued
        String unissued = Jwt.issuer(PASS_ISSUER).audience("rln-workshop").subject("pass:x").claim("jti", UUID.randomUUID()
                .toString()).claim("wid", day.workshop().toString()).claim("pid", people.get(0).toString())
                .groups(Set.of("participant")).expiresIn(Duration.ofHours(1))
                .sign(KeyUtils.readPrivateKey("testing/pass-private.pem"));
        problem(as(unissued).get(w), 404, "not-found", null);
    }

    @Test
    void strangersAndParticipantsCannotHandOutOrRevokePasses() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        List<UUID> people = Fixtures.registered(day, 1);
        String w = "/api/v1/workshops/" + day.workshop();
        String pass = as(day.coordinator()).post(w + "/view-link").then().statusCode(201).extract().path("passId");
        String otherOrganiser = TestTokens.coordinator(UUID.randomUUID());
        String unnamedFacilitator = TestTokens.facilitator("facilitator-" + UUID.randomUUID());
        for (String stranger : List.of(otherOrganiser, unnamedFacilitator)) {
            problem(as(stranger).post(w + "/join-code"), 404, "not-found", null);
            problem(as(stranger).get(w + "/passes"), 404, "not-found", null);
            problem(as(stranger).post(w + "/view-link"), 404, "not-found", null);
            problem(as(stranger).delete(w + "/passes/{p}", pass), 404, "not-found", null);
            problem(as(stranger).delete(w + "/join-code"), 404, "not-found", null);
        }
        given().header("Authorization", "Bearer " + Fixtures.participant(people.get(0))).post(w + "/join-code").then()
                .statusCode(403);
        given().post(w + "/join-code").then().statusCode(401);
    }

    @Test
    void badInputGetsAProblemNamingTheField() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        Fixtures.registered(day, 1);
        String code = open(day);
        String w = "/api/v1/workshops/" + day.workshop();
        problem(given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/workshop-joins/{c}", code), 400,
                "validation", "either participantId or municipalityCode", "participantId");
        problem(given().contentType(ContentType.JSON).body(Map.of("municipalityCode", "1280"))
                .post("/api/v1/workshop-joins/{c}", code), 400, "validation", "required", "displayName");
        problem(given().contentType(ContentType.JSON).body(Map.of("municipalityCode", "Malmö", "displayName", "Bo"))
                .post("/api/v1/workshop-joins/{c}", code), 400, "validation", "four-digit", "municipalityCode");
        problem(given().contentType(ContentType.JSON).body(Map.of("participantId", UUID.randomUUID()))
                .post("/api/v1/workshop-joins/{c}", code), 400, "validation", "not a member", "participantId");
        problem(given().contentType(ContentType.JSON).body(Map.of("participantId", "nej"))
                .post("/api/v1/workshop-joins/{c}", code), 400, "validation", null, "participantId");
        problem(given().get("/api/v1/workshop-joins/{c}", "NOSUCHCO"), 404, "not-found", null);
        problem(given().get("/api/v1/workshop-joins/{c}/qr.svg", "NOSUCHCO"), 404, "not-found", null);
        given().get("/api/v1/workshop-joins/{c}/qr.svg", code).then().statusCode(200).body(containsString("<svg"));
        problem(as(day.coordinator()).delete(w + "/passes/{p}", UUID.randomUUID()), 404, "not-found", null);
        problem(as(day.coordinator()).delete(w + "/passes/{p}", "nej"), 404, null, null, null);
        problem(as(day.coordinator()).body(Map.of("minutes", 0)).put(w + "/timer"), 400, "validation", null, "minutes");
        problem(as(day.coordinator()).body(Map.of()).put(w + "/timer"), 400, "validation", null, "minutes");
    }

    @Test
    void theFacilitatorTimesAPhaseAndStepsBack() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        Fixtures.registered(day, 2);
        String w = "/api/v1/workshops/" + day.workshop();
        as(day.coordinator()).body(Map.of("groups", 1)).post(w + "/groups/assignment").then().statusCode(200);
        as(day.coordinator()).body(Map.of("phase", "FOCAL_QUESTION")).post(w + "/phase").then().statusCode(200);
        String deadline = as(day.coordinator()).body(Map.of("minutes", 15)).put(w + "/timer").then().statusCode(200)
                .body("phase", equalTo("FOCAL_QUESTION")).body("phaseDeadline", notNullValue()).extract().path("phaseDeadline");
        long minutes = Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(deadline)).toMinutes();
        assertEquals(14, minutes, 1);
        as(day.coordinator()).delete(w + "/timer").then().statusCode(200).body("phaseDeadline", nullValue());
        // back to SETUP without guards, forward again with them
        as(day.coordinator()).body(Map.of("phase", "SETUP")).post(w + "/phase").then().statusCode(200)
                .body("phase", equalTo("SETUP"));
        problem(as(day.coordinator()).body(Map.of("phase", "DRIVERS")).post(w + "/phase"), 409, "wrong-phase",
                "the next phase is FOCAL_QUESTION");
        as(day.coordinator()).body(Map.of("phase", "FOCAL_QUESTION")).post(w + "/phase").then().statusCode(200);
    }

    @Test
    void theRoomRatesBlindUntilTheFacilitatorRevealsTheAggregates() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        List<UUID> people = Fixtures.registered(day, 2);
        String w = "/api/v1/workshops/" + day.workshop();
        String c = day.coordinator();
        String g = as(c).body(Map.of("groups", 1)).post(w + "/groups/assignment").then().statusCode(200).extract().path("[0].id");
        as(c).body(Map.of("phase", "FOCAL_QUESTION")).post(w + "/phase").then().statusCode(200);
        as(c).body(Map.of("question", "Hur leder vi 2035?")).put(w + "/groups/{g}/focal-question", g).then().statusCode(200);
        as(c).body(Map.of("phase", "DRIVERS")).post(w + "/phase").then().statusCode(200);
        String d1 = as(c).body(Map.of("title", "Kompetensförsörjning", "category", "ECONOMIC")).post(w + "/groups/{g}/drivers", g)
                .then().statusCode(201).extract().path("id");
        as(c).body(Map.of("title", "AI i handläggningen", "category", "TECHNOLOGICAL")).post(w + "/groups/{g}/drivers", g).then()
                .statusCode(201);
        as(c).body(Map.of("phase", "RATING")).post(w + "/phase").then().statusCode(200);
        String rater = Fixtures.participant(people.get(0));
        as(rater).body(Map.of("ratings", List.of(Map.of("driverId", d1, "impact", 5, "uncertainty", 4))))
                .put(w + "/groups/{g}/ratings", g).then().statusCode(200)
                .body("find { it.id == '" + d1 + "' }.ratings.count", equalTo(1))
                .body("find { it.id == '" + d1 + "' }.ratings.impact", nullValue());
        String viewer = as(c).post(w + "/view-link").then().statusCode(201).extract().path("token");
        for (String room : List.of(rater, Fixtures.participant(people.get(1)), viewer)) {
            as(room).get(w + "/groups/{g}/drivers", g).then().statusCode(200)
                    .body("find { it.id == '" + d1 + "' }.ratings.count", equalTo(1))
                    .body("find { it.id == '" + d1 + "' }.ratings.impact", nullValue())
                    .body("find { it.id == '" + d1 + "' }.classification", nullValue());
            as(room).get(w + "/results").then().statusCode(200)
                    .body("groups[0].drivers.find { it.id == '" + d1 + "' }.ratings.impact", nullValue())
                    .body("groups[0].suggestion", nullValue());
        }
        // its facilitators see everything all along
        as(c).get(w + "/groups/{g}/drivers", g).then().body("find { it.id == '" + d1 + "' }.ratings.impact", equalTo(5.0f));
        as(c).post(w + "/groups/{g}/votes/reveal", g).then().statusCode(200);
        for (String room : List.of(rater, viewer)) {
            as(room).get(w + "/groups/{g}/drivers", g).then().statusCode(200)
                    .body("find { it.id == '" + d1 + "' }.ratings.impact", equalTo(5.0f));
        }
    }
}
