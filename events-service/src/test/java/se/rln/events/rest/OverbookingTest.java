package se.rln.events.rest;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.equalTo;
import static se.rln.events.Fixtures.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.events.Fixtures;

/**
 * A change of capacity or allotments that leaves confirmed people without a seat must say what
 * happens to them; the counts come from participants-service's seat reports on Kafka.
 */
@QuarkusTest
class OverbookingTest {

    @Test
    void aCutBelowTheConfirmedIsRefusedUnlessItSaysWhatHappensToTheUnseated() throws Exception {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID event = Fixtures.draftSkaneDay(o);
        as(o.hostToken()).post("/api/v1/events/{id}/publish", event).then().statusCode(200);
        // 30 confirmed from Malmö (10 allotted), 10 from Lund (6 allotted): 24 of the 44 open seats are taken
        TestKafka.send("leadership.registrations.v1", event.toString(),
                Fixtures.seatReport(UUID.randomUUID().toString(), event, 1, 30, 10));
        Fixtures.awaitSeatReport(event, 40, 1);

        Map<String, Object> day = Fixtures.skaneDay(o.host(), o.coHost());
        day.put("capacity", 30);
        as(o.hostToken()).header("If-Match", "\"1\"").body(day).put("/api/v1/events/{id}", event).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", containsString("overbooked"))
                .body("detail", containsString("10 of 40 confirmed people would have no seat"))
                .body("violations[0].field", equalTo("capacity"))
                .body("violations[0].message", equalTo("capacity 30 with 16 seats allotted leaves 10 of the 40 confirmed without a seat"))
                .body("violations[1].field", equalTo("overbookingPolicy"));
        as(o.hostToken()).get("/api/v1/events/{id}", event).then().body("capacity", equalTo(60)).body("version", equalTo(1));

        day.put("overbookingPolicy", "WAITLIST_NEWEST");
        as(o.hostToken()).header("If-Match", "\"1\"").body(day).put("/api/v1/events/{id}", event).then().statusCode(200)
                .body("capacity", equalTo(30)).body("overbookingPolicy", equalTo("WAITLIST_NEWEST"));
        var snapshots = TestKafka.await("leadership.events.v1", r -> r.key().equals(event.toString()),
                found -> found.size() == 3, Duration.ofSeconds(30));
        JsonNode cut = new ObjectMapper().readTree(snapshots.get(2).value()).get("data");
        assertEquals(30, cut.get("capacity").asInt());
        assertEquals("WAITLIST_NEWEST", cut.get("overbookingPolicy").asText(), "participants-service is told what to do");

        // a change that unseats nobody more than now needs no policy, and keeps the one stated
        day.remove("overbookingPolicy");
        day.put("title", "Mobilisera för framtiden – ledarskapets betydelse (fullbokad)");
        as(o.hostToken()).header("If-Match", "\"2\"").body(day).put("/api/v1/events/{id}", event).then().statusCode(200)
                .body("overbookingPolicy", equalTo("WAITLIST_NEWEST"));

        // reserving seats for Trelleborg takes 4 more open seats that Malmö and Lund hold
        day.put("seatAllotments", List.of(Map.of("municipalityCode", "1280", "seats", 10),
                Map.of("municipalityCode", "1281", "seats", 6), Map.of("municipalityCode", "1287", "seats", 4)));
        as(o.hostToken()).header("If-Match", "\"3\"").body(day).put("/api/v1/events/{id}", event).then().statusCode(409)
                .body("violations[0].message", equalTo("capacity 30 with 20 seats allotted leaves 14 of the 40 confirmed without a seat"));
        day.put("overbookingPolicy", "KEEP");
        as(o.hostToken()).header("If-Match", "\"3\"").body(day).put("/api/v1/events/{id}", event).then().statusCode(200)
                .body("overbookingPolicy", equalTo("KEEP"));
    }

    @Test
    void anUnknownPolicyIsABadRequestNamingTheField() {
        Fixtures.Organisers o = Fixtures.organisers();
        Map<String, Object> day = Fixtures.skaneDay(o.host(), o.coHost());
        day.put("overbookingPolicy", "OVERBOOK");
        Fixtures.createEvent(o.hostToken(), day).then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("overbookingPolicy"));
    }
}
