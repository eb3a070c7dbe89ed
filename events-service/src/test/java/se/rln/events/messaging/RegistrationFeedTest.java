package se.rln.events.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.rln.events.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;
import se.rln.events.Fixtures;

/**
 * Seat statistics from leadership.registrations.v1: each CloudEvent applied once, never
 * rolled back by an older report, poison records moved to the dead-letter topic.
 */
@QuarkusTest
class RegistrationFeedTest {

    private static final String TOPIC = "leadership.registrations.v1";

    @Test
    void reportsAreAppliedOnceAndNeverRolledBack() throws Exception {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID event = Fixtures.draftSkaneDay(o);
        as(o.hostToken()).post("/api/v1/events/{id}/publish", event).then().statusCode(200);
        given().get("/api/v1/events/{id}/stats", event).then().statusCode(200)
                .body("confirmed", equalTo(0)).body("available", equalTo(60)).body("ledgerVersion", equalTo(0));

        String first = UUID.randomUUID().toString();
        TestKafka.send(TOPIC, event.toString(), Fixtures.seatReport(first, event, 1, 3, 1));
        Fixtures.awaitSeatReport(event, 4, 1);

        // the same CloudEvent id again (a redelivery) is skipped even though its data differs,
        // an older version is ignored, and a poison record does not block what follows
        TestKafka.send(TOPIC, event.toString(), Fixtures.seatReport(first, event, 7, 30, 10));
        TestKafka.sendRaw(TOPIC, event.toString(), "this is not a CloudEvent");
        TestKafka.send(TOPIC, event.toString(), Fixtures.seatReport(UUID.randomUUID().toString(), event, 3, 5, 2));
        TestKafka.send(TOPIC, event.toString(), Fixtures.seatReport(UUID.randomUUID().toString(), event, 2, 9, 9));
        TestKafka.send(TOPIC, event.toString(), Fixtures.seatReport(UUID.randomUUID().toString(), event, 4, 6, 2));
        Fixtures.awaitSeatReport(event, 8, 4);

        as(o.coHostToken()).get("/api/v1/events/{id}/stats", event).then().statusCode(200)
                .body("available", equalTo(52)).body("waitlisted", equalTo(1))
                .body("byMunicipality", hasSize(2)).body("byMunicipality[0].confirmed", equalTo(6));
        as(TestTokens.municipality("1281")).get("/api/v1/events/{id}/stats", event).then().statusCode(200)
                .body("byMunicipality", hasSize(1)).body("byMunicipality[0].municipalityCode", equalTo("1281"));
        given().get("/api/v1/events/{id}/stats", event).then().body("byMunicipality", hasSize(0));

        var dead = TestKafka.await(TOPIC + ".dlq", r -> event.toString().equals(r.key()), found -> !found.isEmpty(),
                Duration.ofSeconds(30));
        org.junit.jupiter.api.Assertions.assertEquals("this is not a CloudEvent", dead.get(0).value());
    }

    @Test
    void statisticsOfADraftAreHiddenFromOutsiders() {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID event = Fixtures.draftSkaneDay(o);
        given().get("/api/v1/events/{id}/stats", event).then().statusCode(404)
                .contentType("application/problem+json").body("detail", equalTo("event " + event + " does not exist"));
        as(TestTokens.municipality("1280")).get("/api/v1/events/{id}/stats", event).then().statusCode(404);
        as(o.hostToken()).get("/api/v1/events/{id}/stats", event).then().statusCode(200).body("capacity", equalTo(60));
        given().get("/api/v1/events/not-an-id/stats").then().statusCode(404).contentType("application/problem+json");
    }
}
