package se.rln.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.awaitility.Awaitility;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.messaging.outbound.RegistrationJournal;

/**
 * Many people registering for one event at once, spread over one or more service instances,
 * and the checks that nobody was overbooked and the waitlist kept arrival order.
 */
public final class RegistrationRush {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RegistrationRush() {
    }

    /** Sends {@code count} registrations 32 at a time, round-robin over {@code instances}; every answer must be 201. */
    public static List<JsonNode> register(List<String> instances, UUID event, int count) throws Exception {
        return register(instances, List.of(event), count);
    }

    /**
     * Sends {@code count} registrations 32 at a time, round-robin over {@code instances} and
     * {@code events}; every answer must be 201.
     */
    public static List<JsonNode> register(List<String> instances, List<UUID> events, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String municipality = i % 2 == 0 ? "1280" : "1281";
                String body = JSON.writeValueAsString(EventsOnKafka.person(municipality, "HR-" + i, "Chef", "Nummer" + i));
                String token = TestTokens.municipality(municipality);
                URI uri = URI.create(instances.get(i % instances.size()) + "/api/v1/events/" + events.get(i % events.size())
                        + "/registrations");
                answers.add(pool.submit(() -> HTTP.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString())));
            }
            List<JsonNode> registrations = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertEquals(201, response.statusCode(), response.body());
                registrations.add(JSON.readTree(response.body()));
            }
            return registrations;
        } finally {
            pool.shutdown();
        }
    }

    public static long withStatus(List<JsonNode> registrations, String status) {
        return registrations.stream().filter(r -> r.get("status").asText().equals(status)).count();
    }

    /** The event's waitlist, read page by page; asserts places 1..n follow the order of registration. */
    public static List<JsonNode> waitlistInArrivalOrder(String instance, UUID event, String token, int expected)
            throws Exception {
        List<JsonNode> waitlist = new ArrayList<>();
        String cursor = "";
        do {
            JsonNode page = get(instance + "/api/v1/events/" + event + "/registrations?status=WAITLISTED&limit=100&cursor="
                    + URLEncoder.encode(cursor, StandardCharsets.UTF_8), token);
            page.get("items").forEach(waitlist::add);
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        assertEquals(expected, waitlist.size());
        List<Long> places = waitlist.stream().sorted(Comparator.comparing(r -> r.get("registeredAt").asText()))
                .map(r -> r.get("waitlistPlace").asLong()).toList();
        assertEquals(LongStream.rangeClosed(1, expected).boxed().toList(), places,
                "the earlier registered is earlier in the waitlist");
        return waitlist;
    }

    /** The id of the registration at {@code place} in the waitlist. */
    public static String atPlace(List<JsonNode> waitlist, long place) {
        return waitlist.stream().filter(r -> r.get("waitlistPlace").asLong() == place).findFirst().orElseThrow()
                .get("id").asText();
    }

    /**
     * Awaits the event's registration records on Kafka until one has ledger version
     * {@code version}; asserts the versions seen are exactly 1..version (each change once) and
     * answers the last record.
     */
    public static JsonNode recordsUpTo(UUID event, long version) throws Exception {
        var records = TestKafka.await(RegistrationJournal.TOPIC, r -> r.key().equals(event.toString()),
                found -> found.size() >= version, Duration.ofSeconds(60));
        List<Long> versions = new ArrayList<>();
        for (var r : records) {
            versions.add(JSON.readTree(r.value()).at("/data/version").asLong());
        }
        assertEquals(LongStream.rangeClosed(1, version).boxed().toList(), versions.stream().sorted().toList(),
                "one record per ledger version");
        return JSON.readTree(records.get(records.size() - 1).value());
    }

    public static JsonNode get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** POSTs {@code body} as JSON; the answer must be 2xx. */
    public static JsonNode post(String url, String token, Object body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(2, response.statusCode() / 100, response.body());
        return JSON.readTree(response.body());
    }

    public static JsonNode delete(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    /** Waits until {@code instance} has the event's replica. */
    public static void awaitReplica(String instance, UUID event, String token) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> HTTP.send(
                HttpRequest.newBuilder(URI.create(instance + "/api/v1/events/" + event + "/registrations"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode() == 200);
    }
}
