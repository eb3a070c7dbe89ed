package se.rln.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.events.Fixtures.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.events.Fixtures;
import se.rln.events.messaging.outbound.EventJournal;

/** The Skåne day from creation to publication, read back through the API and from Kafka. */
@QuarkusTest
class SkaneDayLifecycleTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void skaneDayIsCreatedPublishedAndAnnouncedOnKafka() throws Exception {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID id = Fixtures.draftSkaneDay(o);
        for (Map<String, Object> session : Fixtures.skaneAgenda()) {
            // the co-host's coordinator builds the agenda: co-hosts may change the event
            as(o.coHostToken()).body(session).post("/api/v1/events/{id}/sessions", id).then().statusCode(201);
        }
        String requestId = "skane-publish-" + UUID.randomUUID();
        String traceparent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        int version = as(o.hostToken()).header("X-Request-Id", requestId).header("traceparent", traceparent)
                .post("/api/v1/events/{id}/publish", id).then().statusCode(200).header("X-Request-Id", requestId)
                .body("status", equalTo("PUBLISHED")).extract().path("version");
        assertEquals(5, version, "created (0), four sessions (1–4), published (5)");

        given().get("/api/v1/events/{id}", id).then().statusCode(200)
                .header("ETag", "\"5\"")
                .body("title", equalTo("Mobilisera för framtiden – ledarskapets betydelse"))
                .body("capacity", equalTo(60))
                .body("coHostOrganisationIds", contains(o.coHost().toString()))
                .body("regionName", equalTo("Skåne län"))
                .body("seatAllotments.municipalityName", contains("Malmö", "Lund"))
                .body("sessions", hasSize(4))
                .body("sessions.kind", contains("TALK", "DIALOGUE", "BREAK", "SCENARIO_CROSS_WORKSHOP"))
                .body("sessions[1].dialogueQuestions", equalTo(Fixtures.DIALOGUE_QUESTIONS))
                .body("sessions[3].speakers[0].affiliation", equalTo("Företagsekonomiska institutionen, Lunds universitet"))
                .body("startsAt", equalTo(Fixtures.iso(Fixtures.at(9, 0))));

        List<ConsumerRecord<String, String>> records = TestKafka.await(EventJournal.TOPIC,
                r -> r.key().equals(id.toString()), found -> found.size() == 6, Duration.ofSeconds(30));
        List<JsonNode> events = records.stream().map(r -> read(r.value())).toList();
        assertEquals(List.of("event.created", "event.updated", "event.updated", "event.updated", "event.updated",
                "event.published"), events.stream().map(e -> e.get("type").asText()).toList());
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L),
                events.stream().map(e -> e.at("/data/version").asLong()).toList(), "versions in order");
        JsonNode published = events.get(5);
        assertEquals("1.0", published.get("specversion").asText());
        assertEquals("/events-service", published.get("source").asText());
        assertEquals(id.toString(), published.get("subject").asText());
        assertEquals("PUBLISHED", published.at("/data/status").asText());
        assertEquals(7, published.at("/data/sessions/1/dialogueQuestions").size());
        assertEquals("SCENARIO_CROSS_WORKSHOP", published.at("/data/sessions/3/kind").asText());
        assertEquals("application/cloudevents+json; charset=UTF-8",
                new String(records.get(5).headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
        assertEquals(requestId, new String(records.get(5).headers().lastHeader("X-Request-Id").value(), StandardCharsets.UTF_8));
        assertEquals(traceparent, new String(records.get(5).headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8));
    }

    @Test
    void lifecycleRunsToCompletionAndRepeatsAreHarmless() {
        Fixtures.Organisers o = Fixtures.organisers();
        Map<String, Object> body = Fixtures.skaneDay(o.host(), o.coHost());
        // a day that has begun: it may still be published and may be completed
        body.put("startsAt", java.time.OffsetDateTime.now().minusHours(1).toString());
        body.put("endsAt", java.time.OffsetDateTime.now().plusHours(5).toString());
        body.put("registrationOpensAt", java.time.OffsetDateTime.now().minusDays(3).toString());
        body.put("registrationClosesAt", java.time.OffsetDateTime.now().minusDays(1).toString());
        UUID id = UUID.fromString(Fixtures.createEvent(o.hostToken(), body).then().statusCode(201).extract().path("id"));

        as(o.hostToken()).post("/api/v1/events/{id}/publish", id).then().statusCode(200).body("version", equalTo(1));
        as(o.hostToken()).post("/api/v1/events/{id}/publish", id).then().statusCode(200).body("version", equalTo(1));
        as(o.hostToken()).post("/api/v1/events/{id}/close-registration", id).then().statusCode(200)
                .body("status", equalTo("REGISTRATION_CLOSED"));
        as(o.hostToken()).post("/api/v1/events/{id}/complete", id).then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("version", equalTo(3));
        as(o.hostToken()).body(Map.of("reason", "för sent")).post("/api/v1/events/{id}/cancel", id).then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:rln:problem:invalid-transition"))
                .body("detail", equalTo("an event that is COMPLETED cannot become CANCELLED; allowed from "
                        + "[DRAFT, PUBLISHED, REGISTRATION_CLOSED]"));
    }

    @Test
    void cancellationKeepsTheReasonAndAFutureEventCannotBeCompleted() {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID id = Fixtures.draftSkaneDay(o);
        as(o.hostToken()).post("/api/v1/events/{id}/publish", id).then().statusCode(200);
        as(o.hostToken()).post("/api/v1/events/{id}/complete", id).then().statusCode(409)
                .body("type", equalTo("urn:rln:problem:event-not-started"));
        // cancelling is the host's decision alone
        as(o.coHostToken()).body(Map.of("reason", "För få anmälda från Östra Göinge")).post("/api/v1/events/{id}/cancel", id)
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("only coordinators of the hosting organisation may cancel event " + id));
        as(o.hostToken()).body(Map.of("reason", "För få anmälda från Östra Göinge")).post("/api/v1/events/{id}/cancel", id)
                .then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("För få anmälda från Östra Göinge"));
        as(o.hostToken()).body(Fixtures.skaneDay(o.host(), o.coHost())).header("If-Match", "\"2\"")
                .put("/api/v1/events/{id}", id).then().statusCode(409)
                .body("type", equalTo("urn:rln:problem:event-not-editable"));
    }

    private JsonNode read(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + value, e);
        }
    }

    @Test
    void anEventWithoutVenueIsPublishedUpdatedAndExported() {
        Fixtures.Organisers o = Fixtures.organisers();
        Map<String, Object> body = Fixtures.skaneDay(o.host(), o.coHost());
        body.remove("venue");
        UUID id = UUID.fromString(Fixtures.createEvent(o.hostToken(), body).then().statusCode(201)
                .body("venue", org.hamcrest.Matchers.nullValue()).extract().path("id"));
        as(o.hostToken()).post("/api/v1/events/{id}/publish", id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().get("/api/v1/events/{id}/calendar.ics", id).then().statusCode(200);
        body.put("venue", Map.of("name", "Medborgarhuset", "city", "Malmö"));
        as(o.hostToken()).header("If-Match", "\"1\"").body(body).put("/api/v1/events/{id}", id).then().statusCode(200)
                .body("venue.city", equalTo("Malmö"));
    }
}
