package se.rln.scenario.rest;

import static org.hamcrest.Matchers.equalTo;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.scenario.Fixtures;

/**
 * Registrations of an event that has no workshop yet are kept as attendees (written with the
 * batch's commit), each person's newest state winning whatever order the changes arrive in; the
 * scenario-cross session added later seats exactly those who hold a seat then.
 */
@QuarkusTest
class RegistrationFeedTest {

    @Test
    void attendeesOfAnEventWithoutAWorkshopAreSeatedWhenItsSessionIsAdded() throws Exception {
        UUID event = UUID.randomUUID();
        UUID host = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        Fixtures.publishTalkOnly(event, host, session, 1);
        UUID seated = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        UUID waitlisted = UUID.randomUUID();
        Fixtures.registration(event, seated, "1280", "CONFIRMED", 1);
        Fixtures.registration(event, cancelled, "1281", "CONFIRMED", 2);
        Fixtures.registration(event, cancelled, "1281", "CANCELLED", 4);
        Fixtures.registration(event, cancelled, "1281", "CONFIRMED", 3); // late and older: changes nothing
        Fixtures.registration(event, waitlisted, "1283", "WAITLISTED", 5);
        // now the session: the workshop it makes seats who holds a seat
        Fixtures.publishEvent(event, host, session, 2, "PUBLISHED");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                as(coordinator).queryParam("event", event.toString()).get("/api/v1/workshops").then().extract()
                        .<List<?>>path("items").size() == 1);
        String workshop = as(coordinator).queryParam("event", event.toString()).get("/api/v1/workshops").then().extract()
                .path("items[0].id");
        // whichever came first, the session or the changes, the members end as the newest states say
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                as(coordinator).get("/api/v1/workshops/{id}", workshop).then().statusCode(200).body("members", equalTo(1)));
        as(coordinator).get("/api/v1/workshops/{id}/members", workshop).then().statusCode(200)
                .body("findAll { it.active }.participantId", equalTo(List.of(seated.toString())));
    }
}
