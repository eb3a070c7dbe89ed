package se.rln.participants.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;
import se.rln.participants.messaging.RegistrationJournal;

/** 300 people register at once for 60 seats: exactly 60 confirmed, 240 waitlisted in order, no errors. */
@QuarkusTest
class ConcurrentRegistrationTest {

    @TestHTTPResource("/api/v1")
    URL api;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void threeHundredConcurrentRegistrationsNeverOverbook() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.published(event, host, 60, Map.of(), coordinator);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String municipality = i % 2 == 0 ? "1280" : "1281";
            String body = json.writeValueAsString(EventsOnKafka.person(municipality, "HR-" + i, "Chef", "Nummer" + i));
            String token = TestTokens.municipality(municipality);
            answers.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(api + "/events/" + event + "/registrations"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())));
        }
        List<JsonNode> registrations = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertEquals(201, response.statusCode(), response.body());
            registrations.add(json.readTree(response.body()));
        }
        pool.shutdown();

        long confirmed = registrations.stream().filter(r -> r.get("status").asText().equals("CONFIRMED")).count();
        assertEquals(60, confirmed);
        assertEquals(240, registrations.stream().filter(r -> r.get("status").asText().equals("WAITLISTED")).count());

        // the waitlist is in arrival order: places 1..240 follow the order the registrations were taken
        List<JsonNode> waitlist = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().header("Authorization", "Bearer " + coordinator).queryParam("status", "WAITLISTED")
                    .queryParam("limit", "100").queryParam("cursor", cursor == null ? "" : cursor)
                    .get("/api/v1/events/{id}/registrations", event).then().statusCode(200).extract();
            page.jsonPath().getList("items", Map.class).forEach(m -> waitlist.add(json.valueToTree(m)));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        assertEquals(240, waitlist.size());
        List<Long> places = waitlist.stream().sorted(Comparator.comparing(r -> r.get("registeredAt").asText()))
                .map(r -> r.get("waitlistPlace").asLong()).toList();
        assertEquals(java.util.stream.LongStream.rangeClosed(1, 240).boxed().toList(), places,
                "the earlier registered is earlier in the waitlist");

        // cancelling a confirmed seat promotes the first in line, on Kafka too
        String cancelled = registrations.stream().filter(r -> r.get("status").asText().equals("CONFIRMED")).findFirst()
                .orElseThrow().get("id").asText();
        String first = waitlist.stream().filter(r -> r.get("waitlistPlace").asLong() == 1).findFirst().orElseThrow()
                .get("id").asText();
        given().header("Authorization", "Bearer " + coordinator).delete("/api/v1/registrations/{id}", cancelled).then()
                .statusCode(200).body("status", equalTo("CANCELLED"));
        given().header("Authorization", "Bearer " + coordinator).get("/api/v1/registrations/{id}", first).then()
                .statusCode(200).body("status", equalTo("CONFIRMED"));
        var records = TestKafka.await(RegistrationJournal.TOPIC, r -> r.key().equals(event.toString()),
                found -> found.size() >= 302, Duration.ofSeconds(60));
        JsonNode last = json.readTree(records.get(records.size() - 1).value());
        assertEquals("registration.promoted", last.get("type").asText());
        assertEquals(first, last.at("/data/registrationId").asText());
        assertEquals(60, last.at("/data/seats/confirmed").asInt());
        assertEquals(239, last.at("/data/seats/waitlisted").asInt());
        assertEquals(302, last.at("/data/version").asLong(), "one ledger version per change");
    }
}
