package se.rln.participants.messaging;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;
import se.rln.participants.messaging.outbound.RegistrationJournal;

/** The event replica drives seats: more capacity promotes, a cancelled event cancels, allotments hold. */
@QuarkusTest
class EventFeedTest {

    private static List<String> register(UUID event, String token, String municipality, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(as(token).body(EventsOnKafka.person(municipality, municipality + "-" + i + "-" + UUID.randomUUID(),
                    "Chef", "Nummer" + i)).post("/api/v1/events/{id}/registrations", event).then().statusCode(201)
                    .extract().path("id"));
        }
        return ids;
    }

    private static void awaitStatus(String token, String registration, String status) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                as(token).get("/api/v1/registrations/{id}", registration).then().body("status", equalTo(status)));
    }

    @Test
    void moreCapacityPromotesAndCancellationCancelsEveryone() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.published(event, host, 2, Map.of(), coordinator);
        List<String> ids = register(event, coordinator, "1280", 4);
        as(coordinator).get("/api/v1/registrations/{id}", ids.get(3)).then().body("status", equalTo("WAITLISTED"))
                .body("waitlistPlace", equalTo(2));

        EventsOnKafka.publish(event, host, 2, "PUBLISHED", 3, Map.of());
        awaitStatus(coordinator, ids.get(2), "CONFIRMED");
        as(coordinator).get("/api/v1/registrations/{id}", ids.get(3)).then().body("waitlistPlace", equalTo(1));

        // an old snapshot arriving late changes nothing
        EventsOnKafka.publish(event, host, 1, "PUBLISHED", 1, Map.of());
        EventsOnKafka.publish(event, host, 3, "CANCELLED", 3, Map.of());
        for (String id : ids) {
            awaitStatus(coordinator, id, "CANCELLED");
        }
        // on Kafka: 4 registrations, 1 promotion (the capacity increase), 4 cancellations; nobody
        // is promoted onto the cancelled event while its seats are released
        var records = se.rln.commons.testing.TestKafka.await(RegistrationJournal.TOPIC, r -> r.key().equals(event.toString()),
                found -> found.stream().filter(r -> r.value().contains("registration.cancelled")).count() == 4,
                Duration.ofSeconds(30));
        assertEquals(9, records.size());
        assertEquals(1, records.stream().filter(r -> r.value().contains("\"registration.promoted\"")).count());
    }

    @Test
    void reservedSeatsWaitForTheirMunicipality() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        // 4 seats: 2 reserved for Malmö, 2 open
        EventsOnKafka.published(event, host, 4, Map.of("1280", 2), coordinator);
        List<String> lund = register(event, coordinator, "1281", 3);
        as(coordinator).get("/api/v1/registrations/{id}", lund.get(2)).then().body("status", equalTo("WAITLISTED"));
        List<String> malmo = register(event, coordinator, "1280", 3);
        as(coordinator).get("/api/v1/registrations/{id}", malmo.get(1)).then().body("status", equalTo("CONFIRMED"));
        as(coordinator).get("/api/v1/registrations/{id}", malmo.get(2)).then().body("status", equalTo("WAITLISTED"));
        // a Malmö seat frees: the next Malmö person gets it although Lund waited longer
        as(coordinator).delete("/api/v1/registrations/{id}", malmo.get(0)).then().statusCode(200);
        as(coordinator).get("/api/v1/registrations/{id}", malmo.get(2)).then().body("status", equalTo("CONFIRMED"));
        as(coordinator).get("/api/v1/registrations/{id}", lund.get(2)).then().body("status", equalTo("WAITLISTED"));
        // an open seat frees: first in line (Lund) gets it
        as(coordinator).delete("/api/v1/registrations/{id}", lund.get(0)).then().statusCode(200);
        as(coordinator).get("/api/v1/registrations/{id}", lund.get(2)).then().body("status", equalTo("CONFIRMED"));
    }

    @Test
    void aCutKeepsEveryoneSeatedUnlessTheNewestAreToGoBackToTheWaitlist() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        // 6 seats, 2 reserved for Malmö: Malmö 0 and 1 hold the reserved seats, Malmö 2 and Lund 0-2 the open ones
        EventsOnKafka.published(event, host, 6, Map.of("1280", 2), coordinator);
        List<String> malmo = register(event, coordinator, "1280", 3);
        List<String> lund = register(event, coordinator, "1281", 4);
        as(coordinator).get("/api/v1/registrations/{id}", lund.get(3)).then().body("status", equalTo("WAITLISTED"));

        // KEEP: 4 seats with 3 reserved for Malmö leave Lund 1 and 2 without a seat, and they keep it
        EventsOnKafka.cut(event, host, 2, 4, Map.of("1280", 3), "KEEP");
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                as(TestTokens.municipality("1280")).get("/api/v1/reports/participation").then().statusCode(200)
                        .body("lines.find { it.eventId == '" + event + "' }.allotted", equalTo(3)));
        for (String id : List.of(malmo.get(0), malmo.get(1), malmo.get(2), lund.get(0), lund.get(1), lund.get(2))) {
            as(coordinator).get("/api/v1/registrations/{id}", id).then().body("status", equalTo("CONFIRMED"));
        }
        String late = register(event, coordinator, "1281", 1).get(0);
        as(coordinator).get("/api/v1/registrations/{id}", late).then().body("status", equalTo("WAITLISTED"))
                .body("waitlistPlace", equalTo(2));

        // WAITLIST_NEWEST: the seats are decided again in the order they were given; Lund 1 and 2
        // go to the head of the waitlist in that order, before those who were waiting
        EventsOnKafka.cut(event, host, 3, 4, Map.of("1280", 3), "WAITLIST_NEWEST");
        awaitStatus(coordinator, lund.get(2), "WAITLISTED");
        as(coordinator).get("/api/v1/registrations/{id}", lund.get(1)).then().body("status", equalTo("WAITLISTED"))
                .body("waitlistPlace", equalTo(1));
        as(coordinator).get("/api/v1/registrations/{id}", lund.get(2)).then().body("waitlistPlace", equalTo(2));
        as(coordinator).get("/api/v1/registrations/{id}", lund.get(3)).then().body("waitlistPlace", equalTo(3));
        as(coordinator).get("/api/v1/registrations/{id}", late).then().body("waitlistPlace", equalTo(4));
        for (String id : List.of(malmo.get(0), malmo.get(1), malmo.get(2), lund.get(0))) {
            as(coordinator).get("/api/v1/registrations/{id}", id).then().body("status", equalTo("CONFIRMED"));
        }
        var demoted = se.rln.commons.testing.TestKafka.await(RegistrationJournal.TOPIC, r -> r.key().equals(event.toString())
                && r.value().contains("\"registration.demoted\""), found -> found.size() == 2, Duration.ofSeconds(30));
        assertEquals(2, demoted.size());

        // a freed Malmö seat is Malmö's again: nobody from Lund takes it
        as(coordinator).delete("/api/v1/registrations/{id}", malmo.get(0)).then().statusCode(200);
        as(coordinator).get("/api/v1/registrations/{id}", lund.get(1)).then().body("status", equalTo("WAITLISTED"));
    }

    @Test
    void thoseACutSendsToAnEmptyWaitlistKeepTheirOrderAheadOfWhoRegistersLater() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.published(event, host, 4, Map.of(), coordinator);
        List<String> seated = register(event, coordinator, "1280", 4);

        // one seat left: the three newest go to the empty waitlist, in the order they were seated
        EventsOnKafka.cut(event, host, 2, 1, Map.of(), "WAITLIST_NEWEST");
        awaitStatus(coordinator, seated.get(3), "WAITLISTED");
        String late = as(coordinator).body(EventsOnKafka.person("1280", "late-" + UUID.randomUUID(), "Sen", "Anmälan"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("waitlistPlace", equalTo(4)).extract().path("id");
        for (int place = 1; place <= 3; place++) {
            as(coordinator).get("/api/v1/registrations/{id}", seated.get(place)).then().body("waitlistPlace", equalTo(place));
        }
        as(coordinator).get("/api/v1/registrations/{id}", late).then().body("waitlistPlace", equalTo(4));

        // two seats more: the first two of the waitlist get them, the newcomer still waits behind the third
        EventsOnKafka.cut(event, host, 3, 3, Map.of(), "WAITLIST_NEWEST");
        awaitStatus(coordinator, seated.get(2), "CONFIRMED");
        as(coordinator).get("/api/v1/registrations/{id}", seated.get(1)).then().body("status", equalTo("CONFIRMED"));
        as(coordinator).get("/api/v1/registrations/{id}", seated.get(3)).then().body("waitlistPlace", equalTo(1));
        as(coordinator).get("/api/v1/registrations/{id}", late).then().body("waitlistPlace", equalTo(2));
    }
}
