package se.rln.scenario.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.KafkaTestBroker;
import se.rln.commons.testing.PostgresTestDatabase;
import se.rln.commons.testing.ServiceInstance;
import se.rln.commons.testing.SseClient;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;

/**
 * Two instances of the packaged scenario-service on one database and broker: SSE clients on
 * both see a rating submitted to either, because changes fan out through Kafka.
 */
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final KafkaTestBroker KAFKA = new KafkaTestBroker();
    private static ServiceInstance first;
    private static ServiceInstance second;

    @BeforeAll
    static void start() throws Exception {
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.init(Map.of("database", "rln_scenario_it"));
        Map<String, String> config = new HashMap<>(database.start());
        config.putAll(KAFKA.start());
        first = ServiceInstance.start("scenario-1", config);
        second = ServiceInstance.start("scenario-2", config);
    }

    @AfterAll
    static void stop() {
        for (ServiceInstance instance : new ServiceInstance[] { first, second }) {
            if (instance != null) {
                instance.close();
            }
        }
        KAFKA.stop();
    }

    @Test
    void sseClientsOnBothInstancesSeeARatingSubmittedToEither() throws Exception {
        String facilitator = TestTokens.facilitator();
        UUID person = UUID.randomUUID();
        String participant = TestTokens.participant(person, "1286");
        String base = "/api/v1/workshops/" + send(first, "POST", "/api/v1/workshops", facilitator,
                Map.of("title", "Scenariokorset på två instanser", "minRatings", 1)).get("id").asText();
        String group = send(first, "POST", base + "/groups", facilitator, Map.of("name", "Bord 1")).get("id").asText();
        send(second, "POST", base + "/members", facilitator, Map.of("participantId", person, "groupId", group));
        send(first, "POST", base + "/phase", facilitator, Map.of("phase", "FOCAL_QUESTION"));
        send(second, "PUT", base + "/groups/" + group + "/focal-question", participant, Map.of("question", "Hur leder vi 2035?"));
        send(first, "POST", base + "/phase", facilitator, Map.of("phase", "DRIVERS"));
        String d1 = send(first, "POST", base + "/groups/" + group + "/drivers", participant,
                Map.of("title", "Digitalisering", "category", "TECHNOLOGICAL")).get("id").asText();
        String d2 = send(second, "POST", base + "/groups/" + group + "/drivers", participant,
                Map.of("title", "Kompetensförsörjning", "category", "ECONOMIC")).get("id").asText();
        send(second, "POST", base + "/phase", facilitator, Map.of("phase", "RATING"));
        TestKafka.awaitAssignedGroups("scenario-live-", 2, Duration.ofSeconds(60));

        try (SseClient onFirst = SseClient.open(first.url() + base + "/stream", facilitator);
                SseClient onSecond = SseClient.open(second.url() + base + "/stream", participant)) {
            send(first, "PUT", base + "/groups/" + group + "/ratings", participant,
                    Map.of("ratings", List.of(Map.of("driverId", d1, "impact", 5, "uncertainty", 4))));
            // the room rates blind: every screen hears how many rated, not what they said
            for (SseClient stream : List.of(onFirst, onSecond)) {
                SseClient.Event e = stream.await(ev -> "workshop.ratings-aggregated".equals(ev.name()) && ev.data().contains(d1),
                        Duration.ofSeconds(10));
                assertEquals(1, JSON.readTree(e.data()).at("/drivers/0/ratings/count").asInt());
                assertTrue(JSON.readTree(e.data()).at("/drivers/0/ratings/impact").isNull());
            }
            // revealed on one instance, the aggregates reach the clients of both
            send(second, "POST", base + "/groups/" + group + "/votes/reveal", facilitator, null);
            for (SseClient stream : List.of(onFirst, onSecond)) {
                SseClient.Event e = stream.await(ev -> "workshop.votes-revealed".equals(ev.name()), Duration.ofSeconds(10));
                JsonNode drivers = JSON.readTree(e.data()).at("/drivers");
                JsonNode rated = drivers.get(0).at("/id").asText().equals(d1) ? drivers.get(0) : drivers.get(1);
                assertEquals(5.0, rated.at("/ratings/impact").asDouble());
            }
            send(second, "PUT", base + "/groups/" + group + "/ratings", participant,
                    Map.of("ratings", List.of(Map.of("driverId", d2, "impact", 2, "uncertainty", 3))));
            for (SseClient stream : List.of(onFirst, onSecond)) {
                SseClient.Event e = stream.await(ev -> "workshop.ratings-aggregated".equals(ev.name()) && ev.data().contains(d2),
                        Duration.ofSeconds(10));
                assertEquals(2.0, JSON.readTree(e.data()).at("/drivers/0/ratings/impact").asDouble());
            }
        }
    }

    private static JsonNode send(ServiceInstance instance, String method, String path, String token, Object body)
            throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(instance.url() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(2, response.statusCode() / 100, method + " " + path + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
