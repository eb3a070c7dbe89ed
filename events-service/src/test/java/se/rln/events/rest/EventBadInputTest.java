package se.rln.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static se.rln.events.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.events.Fixtures;

/** Bad input on the event, lifecycle and agenda endpoints: problem+json naming the field, never a 5xx. */
@QuarkusTest
class EventBadInputTest {


    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("requestId", notNullValue());
    }

    @Test
    void wrongTypesAndUnknownFieldsNameTheField() {
        Fixtures.Organisers o = Fixtures.organisers();
        Map<String, Object> body = Fixtures.skaneDay(o.host(), o.coHost());
        body.put("capacity", "sextio");
        problem(Fixtures.createEvent(o.hostToken(), body).then(), 400)
                .body("violations[0].field", equalTo("capacity"))
                .body("violations[0].message", equalTo("cannot read \"sextio\" as a number"));

        body = Fixtures.skaneDay(o.host(), o.coHost());
        body.put("startsAt", "14 oktober klockan nio");
        problem(Fixtures.createEvent(o.hostToken(), body).then(), 400).body("violations[0].field", equalTo("startsAt"));

        body = Fixtures.skaneDay(o.host(), o.coHost());
        body.put("seatAllotments", List.of(Map.of("municipalityCode", "1280", "seats", 2, "vip", true)));
        problem(Fixtures.createEvent(o.hostToken(), body).then(), 400)
                .body("type", equalTo("urn:rln:problem:unknown-property"))
                .body("violations[0].field", equalTo("seatAllotments[0].vip"))
                .body("violations[0].message", equalTo("unknown property"));

        body = Fixtures.skaneDay(o.host(), o.coHost());
        body.put("coHostOrganisationIds", "not a list");
        problem(Fixtures.createEvent(o.hostToken(), body).then(), 400)
                .body("violations[0].field", equalTo("coHostOrganisationIds"));
    }

    @Test
    void domainRulesAreReportedTogether() {
        Fixtures.Organisers o = Fixtures.organisers();
        Map<String, Object> body = Fixtures.skaneDay(o.host(), o.coHost());
        body.put("endsAt", Fixtures.at(8, 0).toString());
        body.put("regionCode", "99");
        body.put("coHostOrganisationIds", List.of(o.host().toString()));
        body.put("seatAllotments", List.of(Map.of("municipalityCode", "9999", "seats", 5),
                Map.of("municipalityCode", "1280", "seats", 70)));
        problem(Fixtures.createEvent(o.hostToken(), body).then(), 400)
                .body("violations.field", hasItem("endsAt"))
                .body("violations.find { it.field == 'regionCode' }.message", equalTo("unknown county code 99"))
                .body("violations.find { it.field == 'coHostOrganisationIds[0]' }.message", equalTo("is the host"))
                .body("violations.find { it.field == 'seatAllotments[0].municipalityCode' }.message",
                        equalTo("unknown municipality code 9999"))
                .body("violations.find { it.field == 'seatAllotments' }.message",
                        equalTo("allot 75 seats, more than the capacity 60"));

        body = Fixtures.skaneDay(o.host(), o.coHost());
        body.remove("title");
        body.put("capacity", 0);
        problem(Fixtures.createEvent(o.hostToken(), body).then(), 400)
                .body("violations.field", hasItem("title"))
                .body("violations.find { it.field == 'capacity' }.message", containsString("greater than or equal to 1"));
    }

    @Test
    void malformedBodiesAreRefusedCleanly() {
        Fixtures.Organisers o = Fixtures.organisers();
        problem(as(o.hostToken()).body("{\"title\": ").post("/api/v1/events").then(), 400)
                .body("type", equalTo("urn:rln:problem:malformed-body"));
        byte[] invalidUtf8 = "{\"title\": \"Malm\u00f6\"}".getBytes(StandardCharsets.ISO_8859_1);
        problem(as(o.hostToken()).body(invalidUtf8).post("/api/v1/events").then(), 400)
                .body("violations[0].message", equalTo("the body is not valid UTF-8"));
        problem(as(o.hostToken()).post("/api/v1/events").then(), 400).body("violations[0].field", equalTo("body"));
        problem(as(o.hostToken()).contentType("text/plain").body("hej").post("/api/v1/events").then(), 415);
        String huge = "{\"title\": \"" + "å".repeat(600_000) + "\"}";
        problem(as(o.hostToken()).body(huge).post("/api/v1/events").then(), 413)
                .body("type", equalTo("urn:rln:problem:body-too-large"));
    }

    @Test
    void listFiltersAreValidated() {
        problem(given().queryParam("status", "OPEN").get("/api/v1/events").then(), 400)
                .body("violations[0].field", equalTo("status"));
        problem(given().queryParam("from", "igår").get("/api/v1/events").then(), 400)
                .body("violations[0].field", equalTo("from"));
        problem(given().queryParam("from", "2027-02-01T00:00:00+01:00").queryParam("to", "2027-01-01T00:00:00+01:00")
                .get("/api/v1/events").then(), 400).body("violations[0].field", equalTo("to"));
        problem(given().queryParam("limit", "0").get("/api/v1/events").then(), 400)
                .body("violations[0].message", equalTo("must be between 1 and 100"));
        problem(given().queryParam("limit", "many").get("/api/v1/events").then(), 400)
                .body("violations[0].field", equalTo("limit"));
        problem(given().queryParam("cursor", "bm90LWEtY3Vyc29y").get("/api/v1/events").then(), 400)
                .body("violations[0].field", equalTo("cursor"));
        // well-formed, but its start is no time: events sort by start
        String badStart = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("2027-13-45T99:00:00Z\u001f" + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        problem(given().queryParam("cursor", badStart).get("/api/v1/events").then(), 400)
                .body("violations[0].field", equalTo("cursor"))
                .body("violations[0].message", equalTo("is not a cursor this list issued"));
        problem(given().queryParam("organiser", "fss").get("/api/v1/events").then(), 400)
                .body("violations[0].field", equalTo("organiser"));
        problem(given().queryParam("municipality", "9999").get("/api/v1/events").then(), 400)
                .body("violations[0].message", equalTo("unknown municipality code 9999"));
        problem(given().queryParam("region", "99").get("/api/v1/events").then(), 400)
                .body("violations[0].field", equalTo("region"));
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID missing = UUID.randomUUID();
        problem(given().get("/api/v1/events/{id}", missing).then(), 404);
        problem(given().get("/api/v1/events/not-a-uuid").then(), 404);
        problem(given().get("/api/v1/events/{id}/calendar.ics", missing).then(), 404);
        problem(as(o.hostToken()).post("/api/v1/events/{id}/publish", missing).then(), 404);
        problem(as(o.hostToken()).header("If-Match", "\"0\"").body(Fixtures.skaneDay(o.host(), o.coHost()))
                .put("/api/v1/events/{id}", missing).then(), 404);
        problem(as(o.hostToken()).body(Fixtures.skaneAgenda().get(0)).post("/api/v1/events/{id}/sessions", missing)
                .then(), 404);
        UUID event = Fixtures.draftSkaneDay(o);
        problem(as(o.hostToken()).delete("/api/v1/events/{id}/sessions/{s}", event, missing).then(), 404);
        problem(as(o.hostToken()).header("If-Match", "\"0\"").body(Fixtures.skaneAgenda().get(0))
                .put("/api/v1/events/{id}/sessions/{s}", event, missing).then(), 404);
    }

    @Test
    void sessionsMustLieInsideTheEvent() {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID event = Fixtures.draftSkaneDay(o);
        Map<String, Object> session = Fixtures.session("TALK", "Kvällsföredrag", Fixtures.at(15, 0), Fixtures.at(18, 0),
                List.of(), List.of());
        problem(as(o.hostToken()).body(session).post("/api/v1/events/{id}/sessions", event).then(), 400)
                .body("violations[0].field", equalTo("endsAt"))
                .body("violations[0].message", containsString("must lie inside the event"));
        session = new HashMap<>(Fixtures.skaneAgenda().get(1));
        session.put("kind", "LECTURE");
        problem(as(o.hostToken()).body(session).post("/api/v1/events/{id}/sessions", event).then(), 400)
                .body("violations[0].field", equalTo("kind"))
                .body("violations[0].message", containsString("one of TALK, DIALOGUE, SCENARIO_CROSS_WORKSHOP"));
        session = new HashMap<>(Fixtures.skaneAgenda().get(1));
        session.put("dialogueQuestions", List.of("Vad är att göra ett bra jobb?", " "));
        problem(as(o.hostToken()).body(session).post("/api/v1/events/{id}/sessions", event).then(), 400)
                .body("violations[0].field", equalTo("dialogueQuestions[1]"));

        String s = as(o.hostToken()).body(Fixtures.skaneAgenda().get(3)).post("/api/v1/events/{id}/sessions", event)
                .then().statusCode(201).extract().path("id");
        Map<String, Object> shorter = Fixtures.skaneDay(o.host(), o.coHost());
        shorter.put("endsAt", Fixtures.at(12, 0).toString());
        problem(as(o.hostToken()).header("If-Match", "\"1\"").body(shorter).put("/api/v1/events/{id}", event).then(), 400)
                .body("violations[0].message", containsString("session " + s));
        Map<String, Object> bad = new HashMap<>(Fixtures.skaneAgenda().get(3));
        bad.put("endsAt", Fixtures.at(12, 0).toString());
        problem(as(o.hostToken()).header("If-Match", "\"0\"").body(bad).put("/api/v1/events/{id}/sessions/{s}", event, s)
                .then(), 400).body("violations[0].field", equalTo("endsAt"));
    }

    @Test
    void aCancellationReasonHasALimit() {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID event = Fixtures.draftSkaneDay(o);
        problem(as(o.hostToken()).body(Map.of("reason", "x".repeat(1001))).post("/api/v1/events/{id}/cancel", event)
                .then(), 400).body("violations[0].field", equalTo("reason"));
        problem(as(o.hostToken()).body(Map.of("reason", "ok", "notify", true)).post("/api/v1/events/{id}/cancel", event)
                .then(), 400).body("violations[0].field", equalTo("notify"));
    }
}
