package se.rln.participants.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;

/** Attendance per registration and in bulk, by organisers, after the start. */
@QuarkusTest
class AttendanceTest {

    /** An event that started an hour ago, with registration open until tonight, and three registrations. */
    private static List<String> startedEventWithPeople(UUID event, UUID host, String coordinator) throws Exception {
        String cloudEvent = """
                {"specversion":"1.0","id":"%s","source":"/events-service","type":"event.published","subject":"%s",
                 "data":{"id":"%s","version":1,"title":"Seminariedag","status":"PUBLISHED","hostOrganisationId":"%s",
                 "startsAt":"%s","endsAt":"%s","registrationClosesAt":"%s","capacity":2,"seatAllotments":[]}}
                """.formatted(UUID.randomUUID(), event, event, host, OffsetDateTime.now().minusHours(1),
                OffsetDateTime.now().plusHours(5), OffsetDateTime.now().plusHours(4));
        TestKafka.send("leadership.events.v1", event.toString(), cloudEvent);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                as(coordinator).get("/api/v1/events/{id}/registrations", event).statusCode() == 200);
        return List.of(register(event, "A-1"), register(event, "A-2"),
                register(event, "A-3"));
    }

    /** Sandviken's HR system registers one of its managers (a Gävleborg municipality on this Skåne-region event). */
    private static String register(UUID event, String hr) {
        return as(TestTokens.municipality("2181")).body(EventsOnKafka.person("2181", hr, "Örjan", "Åkesson"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201).extract().path("id");
    }

    @Test
    void organisersMarkWhoCameAndCanCorrectIt() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        List<String> ids = startedEventWithPeople(event, host, coordinator);
        as(coordinator).body(Map.of("attended", true)).put("/api/v1/registrations/{id}/attendance", ids.get(0)).then()
                .statusCode(200).body("status", equalTo("ATTENDED"));
        as(coordinator).body(Map.of("records", List.of(Map.of("registrationId", ids.get(0), "attended", false),
                Map.of("registrationId", ids.get(1), "attended", true)))).put("/api/v1/events/{id}/attendance", event)
                .then().statusCode(200).body("marked", equalTo(2));
        as(coordinator).get("/api/v1/registrations/{id}", ids.get(0)).then().body("status", equalTo("NO_SHOW"));
        as(coordinator).delete("/api/v1/registrations/{id}", ids.get(1)).then().statusCode(409)
                .body("type", equalTo("urn:rln:problem:registration-final"));
        // the waitlisted third person cannot be marked; the bulk list names the entry and applies nothing
        as(coordinator).body(Map.of("records", List.of(Map.of("registrationId", ids.get(0), "attended", true),
                Map.of("registrationId", ids.get(2), "attended", true),
                Map.of("registrationId", UUID.randomUUID().toString(), "attended", true))))
                .put("/api/v1/events/{id}/attendance", event).then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("records[1].registrationId", "records[2].registrationId")));
        as(coordinator).get("/api/v1/registrations/{id}", ids.get(0)).then().body("status", equalTo("NO_SHOW"));
        as(TestTokens.municipality("2181")).get("/api/v1/municipalities/2181/changes").then().statusCode(200)
                .body("items.change", hasItem("attended")).body("items.change", hasItem("no-show"));
    }

    @Test
    void attendanceIsForOrganisersAfterTheStartAndBadInputIsNamed() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        List<String> ids = startedEventWithPeople(event, host, coordinator);
        as(TestTokens.municipality("2181")).body(Map.of("attended", true))
                .put("/api/v1/registrations/{id}/attendance", ids.get(0)).then().statusCode(403);
        as(TestTokens.coordinator(UUID.randomUUID())).body(Map.of("attended", true))
                .put("/api/v1/registrations/{id}/attendance", ids.get(0)).then().statusCode(404);
        as(TestTokens.coordinator(UUID.randomUUID())).body(Map.of("records", List.of()))
                .put("/api/v1/events/{id}/attendance", event).then().statusCode(403);
        as(coordinator).body(Map.of("attended", "ja")).put("/api/v1/registrations/{id}/attendance", ids.get(0)).then()
                .statusCode(400).body("violations[0].field", equalTo("attended"));
        as(coordinator).body(Map.of()).put("/api/v1/registrations/{id}/attendance", ids.get(0)).then()
                .statusCode(400).body("violations[0].field", equalTo("attended"));
        as(coordinator).body(Map.of("records", List.of(Map.of("registrationId", "x", "attended", true))))
                .put("/api/v1/events/{id}/attendance", event).then().statusCode(400)
                .body("violations[0].field", equalTo("records[0].registrationId"));

        UUID future = UUID.randomUUID();
        EventsOnKafka.published(future, host, 5, Map.of(), coordinator);
        String early = register(future, "F-1");
        as(coordinator).body(Map.of("attended", true)).put("/api/v1/registrations/{id}/attendance", early).then()
                .statusCode(409).body("type", equalTo("urn:rln:problem:event-not-started"));
    }
}
