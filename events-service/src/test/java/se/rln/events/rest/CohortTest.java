package se.rln.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rln.events.Fixtures.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;
import se.rln.events.Fixtures;

/** Cohorts of a programme and their days created as a series in one call, against PostgreSQL and Kafka. */
@QuarkusTest
class CohortTest {

    private static JsonNode json(String value) {
        try {
            return new ObjectMapper().readTree(value);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    record Programme(UUID id, UUID owner, String token) {
    }

    static Programme sandviken() {
        UUID owner = Fixtures.organisation("Sandvikens kommun", "MUNICIPALITY", "2181");
        String token = TestTokens.coordinator(owner);
        String id = as(token).body(Map.of("title", Fixtures.unique("Salutogent ledarskap"), "ownerOrganisationId",
                owner.toString(), "completionMinimumDays", 5)).post("/api/v1/programmes").then().statusCode(201)
                .body("completionMinimumDays", equalTo(5)).extract().path("id");
        return new Programme(UUID.fromString(id), owner, token);
    }

    static String cohort(Programme p, String name, int capacity) {
        return as(p.token()).body(Map.of("name", name, "capacity", capacity, "seatAllotments",
                List.of(Map.of("municipalityCode", "2181", "seats", 10)))).post("/api/v1/programmes/{id}/cohorts", p.id())
                .then().statusCode(201).header("Location", containsString("/api/v1/cohorts/")).body("name", equalTo(name))
                .body("seatAllotments[0].municipalityName", equalTo("Sandviken")).extract().path("id");
    }

    /** Every fourth Thursday from the first Thursday two months ahead, six days, 09:00–16:00 at the folk high school. */
    static Map<String, Object> series(int count) {
        LocalDate first = LocalDate.now(Fixtures.STOCKHOLM).plusMonths(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        Map<String, Object> body = new HashMap<>();
        body.put("rule", Map.of("firstDate", first.toString(), "everyWeeks", 4, "count", count));
        body.put("startTime", "09:00");
        body.put("endTime", "16:00");
        body.put("regionCode", "21");
        body.put("venue", Map.of("name", "Västerbergs folkhögskola", "city", "Storvik"));
        body.put("agenda", List.of(Map.of("kind", "TALK", "title", "KASAM – känsla av sammanhang", "startTime", "09:30",
                "endTime", "11:00"), Map.of("kind", "DIALOGUE", "title", "Vad tar du med dig?", "startTime", "14:00",
                "endTime", "15:30", "dialogueQuestions", List.of("Vad ger dig energi i ditt ledarskap?"))));
        body.put("publish", true);
        return body;
    }

    @Test
    void aSeriesOfDaysIsCreatedInOneCallWithTheCohortsSeatsAndTheAgendaTemplate() {
        Programme p = sandviken();
        String cohort = cohort(p, "Grupp 1", 24);
        var days = as(p.token()).header("Idempotency-Key", "series-" + cohort).body(series(6))
                .post("/api/v1/cohorts/{id}/days", cohort).then().statusCode(201).body("cohortId", equalTo(cohort))
                .body("days", hasSize(6)).body("days[0].status", equalTo("PUBLISHED")).body("days[0].capacity", equalTo(24))
                .body("days[0].cohortId", equalTo(cohort)).body("days[0].programmeId", equalTo(p.id().toString()))
                .body("days[0].hostOrganisationId", equalTo(p.owner().toString()))
                .body("days[0].seatAllotments[0].municipalityCode", equalTo("2181"))
                .body("days[0].venue.name", equalTo("Västerbergs folkhögskola"))
                .body("days[5].title", containsString("Grupp 1, dag 6"))
                .body("days[2].sessions", hasSize(2)).body("days[2].sessions[1].title", equalTo("Vad tar du med dig?"))
                .body("days[2].sessions[0].startsAt", containsString("T09:30:00"))
                .extract().jsonPath();
        List<String> ids = days.getList("days.id");
        List<String> starts = days.getList("days.startsAt");
        assertEquals(LocalDate.parse(starts.get(0).substring(0, 10)).plusWeeks(20), LocalDate.parse(starts.get(5).substring(0, 10)));
        // a retry with the same key creates nothing more
        as(p.token()).header("Idempotency-Key", "series-" + cohort).body(series(6)).post("/api/v1/cohorts/{id}/days", cohort)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("days.id", equalTo(ids));
        given().get("/api/v1/cohorts/{id}", cohort).then().statusCode(200).body("days", hasSize(6))
                .body("days.eventId", equalTo(ids));
        given().get("/api/v1/programmes/{id}/cohorts", p.id()).then().statusCode(200).body("", hasSize(1))
                .body("[0].days", hasSize(6));
        // each day went to Kafka as an event of the cohort, and the cohort itself too
        var records = TestKafka.await("leadership.events.v1", r -> ids.contains(r.key()) && r.value().contains("event.published"),
                l -> l.size() >= 6, Duration.ofSeconds(30));
        assertTrue(records.stream().allMatch(r -> cohort.equals(json(r.value()).path("data").path("cohortId").asText())));
        var cohortRecords = TestKafka.await("leadership.events.v1", r -> cohort.equals(r.key()), l -> !l.isEmpty(),
                Duration.ofSeconds(30));
        JsonNode created = json(cohortRecords.get(0).value());
        assertEquals("cohort.created", created.path("type").asText());
        assertEquals(5, created.path("data").path("completionMinimumDays").asInt());
        assertEquals(24, created.path("data").path("capacity").asInt());
        // the calendar of the cohort has each day
        String ics = given().get("/api/v1/cohorts/{id}/calendar.ics", cohort).then().statusCode(200)
                .contentType(containsString("text/calendar")).extract().asString();
        assertEquals(6, ics.split("BEGIN:VEVENT", -1).length - 1);
        assertTrue(ics.contains("Västerbergs folkhögskola"));
        // a day cancelled stays in the cohort's calendar, cancelled, with a higher SEQUENCE
        int cancelled = as(p.token()).body(Map.of("reason", "Kursledaren är sjuk")).post("/api/v1/events/{id}/cancel",
                ids.get(3)).then().statusCode(200).body("status", equalTo("CANCELLED")).extract().path("version");
        String after = given().get("/api/v1/cohorts/{id}/calendar.ics", cohort).then().statusCode(200).extract().asString();
        assertEquals(6, after.split("BEGIN:VEVENT", -1).length - 1);
        assertEquals(1, after.split("STATUS:CANCELLED", -1).length - 1);
        assertTrue(cancelled > 1 && after.contains("SEQUENCE:" + cancelled), after);
    }

    @Test
    void theCohortsSeatsAreEveryDaysSeats() {
        Programme p = sandviken();
        String cohort = cohort(p, "Grupp 2", 20);
        String day = as(p.token()).body(series(2)).post("/api/v1/cohorts/{id}/days", cohort).then().statusCode(201)
                .extract().path("days[0].id");
        // a day's own PUT cannot give it other seats than its cohort's
        Map<String, Object> dayBody = new HashMap<>(as(p.token()).get("/api/v1/events/{id}", day).then().extract().jsonPath()
                .getMap(""));
        dayBody.keySet().retainAll(java.util.Arrays.stream(se.rln.events.mapping.EventRequest.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList());
        dayBody.put("seatAllotments", List.of(Map.of("municipalityCode", "2181", "seats", 10)));
        dayBody.put("capacity", 99);
        problem(as(p.token()).header("If-Match", "\"1\"").body(dayBody).put("/api/v1/events/{id}", day).then(), 400)
                .body("violations[0].field", equalTo("capacity"))
                .body("violations[0].message", containsString("change it on the cohort"));
        // the cohort's new seats reach every day
        as(p.token()).header("If-Match", "\"0\"").body(Map.of("name", "Grupp 2", "capacity", 30))
                .put("/api/v1/cohorts/{id}", cohort).then().statusCode(200).header("ETag", "\"1\"").body("capacity", equalTo(30));
        given().get("/api/v1/events/{id}", day).then().statusCode(200).body("capacity", equalTo(30))
                .body("seatAllotments", hasSize(0));
        // changing the completion rule gives each cohort a new version on Kafka
        String title = given().get("/api/v1/programmes/{id}", p.id()).then().extract().path("title");
        as(p.token()).header("If-Match", "\"0\"").body(Map.of("title", title, "ownerOrganisationId", p.owner().toString(),
                "completionMinimumDays", 2)).put("/api/v1/programmes/{id}", p.id()).then().statusCode(200);
        var updates = TestKafka.await("leadership.events.v1", r -> cohort.equals(r.key()) && r.value().contains("cohort.updated"),
                l -> l.stream().anyMatch(r -> json(r.value()).path("data").path("completionMinimumDays").asInt() == 2),
                Duration.ofSeconds(30));
        assertTrue(updates.stream().anyMatch(r -> json(r.value()).path("data").path("capacity").asInt() == 30));
        // a cohort with days stays, a programme with cohorts too
        problem(as(p.token()).delete("/api/v1/cohorts/{id}", cohort).then(), 409).body("type", containsString("cohort-in-use"));
        problem(as(p.token()).delete("/api/v1/programmes/{id}", p.id()).then(), 409);
        String empty = cohort(p, "Grupp 3", 10);
        as(p.token()).delete("/api/v1/cohorts/{id}", empty).then().statusCode(204);
        problem(given().get("/api/v1/cohorts/{id}", empty).then(), 404);
    }

    @Test
    void theProgrammesCohortsShowTheirFreeSeatsPerMunicipalityFromTheEnrolmentLedger() throws Exception {
        Programme p = sandviken();
        String cohort = cohort(p, "Grupp 1", 12);
        given().get("/api/v1/programmes/{id}/cohorts", p.id()).then().body("[0].seats.free", equalTo(12))
                .body("[0].seats.byMunicipality[0].free", equalTo(12));
        String data = """
                {"cohortId":"%s","programmeId":"%s","version":3,"enrolmentId":"%s","participantId":"%s",
                 "municipalityCode":"2180","status":"CONFIRMED","movedTo":null,
                 "seats":{"capacity":12,"confirmed":3,"waitlisted":0,"byMunicipality":[
                   {"municipalityCode":"2180","allotted":0,"confirmed":2,"waitlisted":0},
                   {"municipalityCode":"2181","allotted":10,"confirmed":1,"waitlisted":0}]}}
                """.formatted(cohort, p.id(), UUID.randomUUID(), UUID.randomUUID());
        TestKafka.send("leadership.registrations.v1", cohort, """
                {"specversion":"1.0","id":"%s","source":"/participants-service","type":"enrolment.confirmed","subject":"%s",
                 "time":"2027-01-01T00:00:00Z","datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), cohort, data));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given()
                .get("/api/v1/cohorts/{id}", cohort).then().extract().<Integer>path("seats.confirmed") == 3);
        // 12 seats, 10 for Sandviken: the 2 open ones are Gävle's; Sandviken has 9 of its own left
        given().get("/api/v1/cohorts/{id}", cohort).then().body("seats.free", equalTo(9)).body("seats.openFree", equalTo(0))
                .body("seats.byMunicipality[0].municipalityCode", equalTo("2180"))
                .body("seats.byMunicipality[0].free", equalTo(0))
                .body("seats.byMunicipality[1].municipalityName", equalTo("Sandviken"))
                .body("seats.byMunicipality[1].free", equalTo(9));
    }

    @Test
    void anotherOrganisationsCoordinatorManagesNoCohortOfTheProgramme() {
        Programme p = sandviken();
        String cohort = cohort(p, "Grupp 1", 24);
        String other = TestTokens.coordinator(Fixtures.organisation("Gävle kommun", "MUNICIPALITY", "2180"));
        problem(as(other).body(Map.of("name", "Grupp 9", "capacity", 5)).post("/api/v1/programmes/{id}/cohorts", p.id())
                .then(), 403);
        problem(as(other).body(series(2)).post("/api/v1/cohorts/{id}/days", cohort).then(), 403);
        problem(as(other).header("If-Match", "\"0\"").body(Map.of("name", "Grupp 1", "capacity", 1))
                .put("/api/v1/cohorts/{id}", cohort).then(), 403);
        problem(as(other).delete("/api/v1/cohorts/{id}", cohort).then(), 403);
        problem(as(TestTokens.municipality("2181")).body(series(2)).post("/api/v1/cohorts/{id}/days", cohort).then(), 403);
        problem(given().body(Map.of("name", "x", "capacity", 1)).contentType("application/json")
                .post("/api/v1/programmes/{id}/cohorts", p.id()).then(), 401);
        problem(as(p.token()).body(series(2)).post("/api/v1/cohorts/{id}/days", UUID.randomUUID()).then(), 404);
        problem(given().get("/api/v1/programmes/{id}/cohorts", UUID.randomUUID()).then(), 404);
        given().get("/api/v1/cohorts/{id}", cohort).then().statusCode(200).body("days", hasSize(0));
    }

    @Test
    void badCohortsAndSeriesAreRefusedNamingTheField() {
        Programme p = sandviken();
        problem(as(p.token()).body(Map.of("name", "Grupp 1", "capacity", 5, "seatAllotments",
                List.of(Map.of("municipalityCode", "2181", "seats", 9)))).post("/api/v1/programmes/{id}/cohorts", p.id()).then(), 400)
                .body("violations.field", hasItem("seatAllotments"));
        problem(as(p.token()).body(Map.of("capacity", 0)).post("/api/v1/programmes/{id}/cohorts", p.id()).then(), 400)
                .body("violations.field", hasItem("name")).body("violations.field", hasItem("capacity"));
        String cohort = cohort(p, "Grupp 1", 24);
        problem(as(p.token()).body(Map.of("name", "grupp 1", "capacity", 5)).post("/api/v1/programmes/{id}/cohorts", p.id())
                .then(), 400).body("violations[0].field", equalTo("name"));
        Map<String, Object> both = series(2);
        both.put("dates", List.of("2031-01-09"));
        problem(as(p.token()).body(both).post("/api/v1/cohorts/{id}/days", cohort).then(), 400)
                .body("violations[0].field", equalTo("dates")).body("violations[0].message", equalTo("give either dates or a rule"));
        Map<String, Object> backwards = series(2);
        backwards.put("endTime", "08:00");
        problem(as(p.token()).body(backwards).post("/api/v1/cohorts/{id}/days", cohort).then(), 400)
                .body("violations.field", hasItem("endTime")).body("violations.field", hasItem("agenda[0].startTime"));
        Map<String, Object> past = series(2);
        past.remove("rule");
        past.put("dates", List.of("2020-01-09", "2020-01-09"));
        problem(as(p.token()).body(past).post("/api/v1/cohorts/{id}/days", cohort).then(), 400)
                .body("violations.field", hasItem("dates[1]")).body("violations.field", hasItem("publish"));
        Map<String, Object> tooMany = series(53);
        problem(as(p.token()).body(tooMany).post("/api/v1/cohorts/{id}/days", cohort).then(), 400)
                .body("violations[0].field", equalTo("rule.count"));
        Map<String, Object> badTime = series(2);
        badTime.put("startTime", "nine");
        problem(as(p.token()).body(badTime).post("/api/v1/cohorts/{id}/days", cohort).then(), 400)
                .body("violations[0].field", containsString("startTime"));
        problem(as(p.token()).body(Map.of("name", "Grupp 1", "capacity", 24)).put("/api/v1/cohorts/{id}", cohort).then(), 428);
        problem(as(p.token()).header("If-Match", "\"0\"").body(Map.of("name", "Grupp 1", "capacity", "trettio"))
                .put("/api/v1/cohorts/{id}", cohort).then(), 400).body("violations[0].field", equalTo("capacity"));
        problem(as(p.token()).header("If-Match", "\"0\"").body(Map.of("name", "Grupp 1", "capacity", 24, "seatAllotments",
                List.of(Map.of("municipalityCode", "9999", "seats", 2)))).put("/api/v1/cohorts/{id}", cohort).then(), 400)
                .body("violations[0].field", equalTo("seatAllotments[0].municipalityCode"));
        given().get("/api/v1/cohorts/{id}", cohort).then().statusCode(200).body("days", hasSize(0));
    }
}
