package se.rln.participants.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.participants.RegistrationRush.atPlace;
import static se.rln.participants.RegistrationRush.withStatus;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.KafkaTestBroker;
import se.rln.commons.testing.PostgresTestDatabase;
import se.rln.commons.testing.ServiceInstance;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.RegistrationRush;

/**
 * The packaged services as they run in production: events-service and two instances of
 * participants-service on one database, one broker. An event created and published in
 * events-service reaches both instances; 300 registrations spread over both still confirm
 * exactly the capacity with the waitlist in arrival order and one ledger version per change; a
 * cancellation on one instance promotes on the other; events-service's statistics converge.
 */
class TwoInstancesIT {

    private static final KafkaTestBroker KAFKA = new KafkaTestBroker();
    private static ServiceInstance events;
    private static ServiceInstance first;
    private static ServiceInstance second;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> kafka = KAFKA.start();
        Map<String, String> participantsConfig = new HashMap<>(database("rln_participants_it"));
        participantsConfig.putAll(kafka);
        Map<String, String> eventsConfig = new HashMap<>(database("rln_events_it"));
        eventsConfig.putAll(kafka);
        events = ServiceInstance.start("events-it", Path.of("..", "events-service"), eventsConfig);
        first = ServiceInstance.start("participants-1", participantsConfig);
        second = ServiceInstance.start("participants-2", participantsConfig);
    }

    @AfterAll
    static void stop() {
        for (ServiceInstance instance : new ServiceInstance[] { events, first, second }) {
            if (instance != null) {
                instance.close();
            }
        }
        KAFKA.stop();
    }

    @Test
    void twoInstancesNeverOverbookAndStatisticsConverge() throws Exception {
        String host = organisation("FSS region Skåne");
        String coordinator = TestTokens.coordinator(UUID.fromString(host));
        String eventId = publishedEvent(host, coordinator, 60);
        UUID event = UUID.fromString(eventId);

        List<JsonNode> registrations = RegistrationRush.register(List.of(first.url(), second.url()), event, 300);
        assertEquals(60, withStatus(registrations, "CONFIRMED"));
        assertEquals(240, withStatus(registrations, "WAITLISTED"));
        List<JsonNode> waitlist = RegistrationRush.waitlistInArrivalOrder(second.url(), event, coordinator, 240);

        String cancelled = registrations.stream().filter(r -> r.get("status").asText().equals("CONFIRMED")).findFirst()
                .orElseThrow().get("id").asText();
        RegistrationRush.delete(first.url() + "/api/v1/registrations/" + cancelled, coordinator);
        String promoted = atPlace(waitlist, 1);
        assertEquals("CONFIRMED", RegistrationRush.get(second.url() + "/api/v1/registrations/" + promoted, coordinator)
                .get("status").asText());
        JsonNode last = RegistrationRush.recordsUpTo(event, 302);
        assertEquals(60, last.at("/data/seats/confirmed").asInt());
        assertEquals(239, last.at("/data/seats/waitlisted").asInt());

        String stats = events.url() + "/api/v1/events/" + eventId + "/stats";
        Awaitility.await("events-service statistics at ledger version 302").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> RegistrationRush.get(stats, coordinator).get("ledgerVersion").asLong() == 302);
        JsonNode seats = RegistrationRush.get(stats, coordinator);
        assertEquals(60, seats.get("confirmed").asInt());
        assertEquals(239, seats.get("waitlisted").asInt());
        assertEquals(1, seats.get("cancelled").asInt());
        assertEquals(0, seats.get("available").asInt());
    }

    @Test
    void aRushOverSeveralEventsOnTwoInstancesKeepsEachEventsSeatsAndWaitlistOrder() throws Exception {
        String host = organisation("Kommunförbundet Skåne");
        String coordinator = TestTokens.coordinator(UUID.fromString(host));
        List<UUID> rushed = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rushed.add(UUID.fromString(publishedEvent(host, coordinator, 20)));
        }

        // each instance's committers take several events' ledgers in one transaction, in one order
        List<JsonNode> registrations = RegistrationRush.register(List.of(first.url(), second.url()), rushed, 240);
        for (UUID event : rushed) {
            List<JsonNode> ofEvent = registrations.stream().filter(r -> r.get("eventId").asText().equals(event.toString())).toList();
            assertEquals(20, withStatus(ofEvent, "CONFIRMED"), "event " + event);
            assertEquals(60, withStatus(ofEvent, "WAITLISTED"), "event " + event);
            RegistrationRush.waitlistInArrivalOrder(first.url(), event, coordinator, 60);
            RegistrationRush.recordsUpTo(event, 80);
        }
    }

    /** A new organisation of Skåne (an association), made by an administrator: its id. */
    private static String organisation(String name) throws Exception {
        return RegistrationRush.post(events.url() + "/api/v1/organisations", TestTokens.admin(),
                Map.of("name", name, "kind", "ASSOCIATION", "countyCode", "12")).get("id").asText();
    }

    /** A published event of {@code host}, open for registration, once both instances have it. */
    private static String publishedEvent(String host, String coordinator, int capacity) throws Exception {
        OffsetDateTime day = OffsetDateTime.now().plusMonths(3).withNano(0);
        String eventId = RegistrationRush.post(events.url() + "/api/v1/events", coordinator, Map.of(
                "title", "Mobilisera för framtiden – ledarskapets betydelse", "hostOrganisationId", host,
                "regionCode", "12", "startsAt", day.toString(), "endsAt", day.plusHours(7).toString(), "capacity", capacity,
                "registrationOpensAt", OffsetDateTime.now().minusDays(1).withNano(0).toString())).get("id").asText();
        RegistrationRush.post(events.url() + "/api/v1/events/" + eventId + "/publish", coordinator, Map.of());
        // a municipality sees the event only once its publication has arrived (a draft is not there for it)
        String malmo = TestTokens.municipality("1280");
        RegistrationRush.awaitReplica(first.url(), UUID.fromString(eventId), malmo);
        RegistrationRush.awaitReplica(second.url(), UUID.fromString(eventId), malmo);
        return eventId;
    }

    private static Map<String, String> database(String name) {
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.init(Map.of("database", name));
        return database.start();
    }
}
