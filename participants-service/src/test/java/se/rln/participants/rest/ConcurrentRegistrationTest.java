package se.rln.participants.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.participants.RegistrationRush.atPlace;
import static se.rln.participants.RegistrationRush.withStatus;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;
import se.rln.participants.RegistrationRush;

/**
 * 300 people register at once for 60 seats: exactly 60 confirmed, 240 waitlisted in order, no
 * errors. (The same across two instances on one database: {@code TwoInstancesIT}.)
 */
@QuarkusTest
class ConcurrentRegistrationTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void threeHundredConcurrentRegistrationsNeverOverbook() throws Exception {
        String instance = root.toString().replaceAll("/$", "");
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.published(event, host, 60, Map.of(), coordinator);

        List<JsonNode> registrations = RegistrationRush.register(List.of(instance), event, 300);
        assertEquals(60, withStatus(registrations, "CONFIRMED"));
        assertEquals(240, withStatus(registrations, "WAITLISTED"));
        List<JsonNode> waitlist = RegistrationRush.waitlistInArrivalOrder(instance, event, coordinator, 240);

        // cancelling a confirmed seat promotes the first in line, on Kafka too
        String cancelled = registrations.stream().filter(r -> r.get("status").asText().equals("CONFIRMED")).findFirst()
                .orElseThrow().get("id").asText();
        assertEquals("CANCELLED", RegistrationRush.delete(instance + "/api/v1/registrations/" + cancelled, coordinator)
                .get("status").asText());
        String first = atPlace(waitlist, 1);
        assertEquals("CONFIRMED", RegistrationRush.get(instance + "/api/v1/registrations/" + first, coordinator)
                .get("status").asText());
        JsonNode last = RegistrationRush.recordsUpTo(event, 302);
        assertEquals("registration.promoted", last.get("type").asText());
        assertEquals(first, last.at("/data/registrationId").asText());
        assertEquals(60, last.at("/data/seats/confirmed").asInt());
        assertEquals(239, last.at("/data/seats/waitlisted").asInt());
    }

    @Test
    void aRushOverSeveralEventsKeepsEachEventsSeatsWaitlistAndRecordsExact() throws Exception {
        String instance = root.toString().replaceAll("/$", "");
        UUID host = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        List<UUID> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            UUID event = UUID.randomUUID();
            EventsOnKafka.published(event, host, 10, Map.of(), coordinator);
            events.add(event);
        }
        for (UUID event : events) {
            RegistrationRush.awaitReplica(instance, event, coordinator);
        }

        // a committer takes the lines of every event waiting: one transaction holds several events' ledgers
        List<JsonNode> registrations = RegistrationRush.register(List.of(instance), events, 160);
        for (UUID event : events) {
            List<JsonNode> ofEvent = registrations.stream().filter(r -> r.get("eventId").asText().equals(event.toString())).toList();
            assertEquals(10, withStatus(ofEvent, "CONFIRMED"), "event " + event);
            assertEquals(30, withStatus(ofEvent, "WAITLISTED"), "event " + event);
            RegistrationRush.waitlistInArrivalOrder(instance, event, coordinator, 30);
            JsonNode last = RegistrationRush.recordsUpTo(event, 40);
            assertEquals(40, last.at("/data/seats/confirmed").asInt() + last.at("/data/seats/waitlisted").asInt());
        }
    }

    @Test
    void manyRequestsForOnePersonAtOnceMakeOneRegistrationWhetherTheyAreKnownOrNew() throws Exception {
        String instance = root.toString().replaceAll("/$", "");
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        UUID earlier = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        String malmo = TestTokens.municipality("1280");
        EventsOnKafka.published(event, host, 5, Map.of(), coordinator);
        EventsOnKafka.published(earlier, host, 5, Map.of(), coordinator);
        RegistrationRush.awaitReplica(instance, event, coordinator);
        RegistrationRush.awaitReplica(instance, earlier, coordinator);
        String known = "Kända.Åsa." + UUID.randomUUID() + "@malmo.se";
        String knownId = RegistrationRush.post(instance + "/api/v1/events/" + earlier + "/registrations", malmo,
                Map.of("participant", person(known.toLowerCase(Locale.ROOT), "Åsa", "Känd"))).at("/participant/id").asText();

        // ten requests for the known person (her address in other case, no HR id), ten for someone new, ten others, all at once
        List<Map<String, Object>> bodies = new ArrayList<>();
        String fresh = "ny." + UUID.randomUUID() + "@malmo.se";
        for (int i = 0; i < 10; i++) {
            bodies.add(Map.of("participant", person(known.toUpperCase(Locale.ROOT), "Åsa", "Känd")));
            bodies.add(Map.of("participant", person(fresh, "Örjan", "Ny")));
            bodies.add(Map.of("participant", person("annan" + i + "." + UUID.randomUUID() + "@malmo.se", "Annan", "Nummer" + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<JsonNode>> answers = bodies.stream().map(body -> pool.submit(() -> {
                start.await();
                return RegistrationRush.post(instance + "/api/v1/events/" + event + "/registrations", malmo, body);
            })).toList();
            start.countDown();
            Map<String, Set<String>> registrationsOf = new HashMap<>();
            for (Future<JsonNode> answer : answers) {
                JsonNode r = answer.get(60, TimeUnit.SECONDS);
                registrationsOf.computeIfAbsent(r.at("/participant/email").asText().toLowerCase(Locale.ROOT),
                        k -> new HashSet<>()).add(r.get("id").asText() + " " + r.at("/participant/id").asText());
            }
            assertEquals(12, registrationsOf.size(), "twelve people");
            registrationsOf.values().forEach(one -> assertEquals(1, one.size(), "one registration and person each: " + one));
            assertEquals(knownId, registrationsOf.get(known.toLowerCase(Locale.ROOT)).iterator().next().split(" ")[1]);
        } finally {
            pool.shutdown();
        }
        JsonNode listed = RegistrationRush.get(instance + "/api/v1/events/" + event + "/registrations?limit=100", coordinator);
        assertEquals(12, listed.get("items").size());
        List<JsonNode> items = new ArrayList<>();
        listed.get("items").forEach(items::add);
        assertEquals(5, withStatus(items, "CONFIRMED"));
    }

    private static Map<String, Object> person(String email, String given, String family) {
        return Map.of("givenName", given, "familyName", family, "email", email, "municipalityCode", "1280");
    }
}
