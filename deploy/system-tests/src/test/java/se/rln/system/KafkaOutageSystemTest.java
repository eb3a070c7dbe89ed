package se.rln.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;

/**
 * The Kafka broker stopped for 60 s while registrations keep coming through the gateway: every
 * accepted registration is kept, every change reaches Kafka once the broker is back (the
 * outbox), and events-service applies each once — its statistics end equal to
 * participants-service's ledger.
 */
class KafkaOutageSystemTest {

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sixtySecondsWithoutKafkaLoseNothingAndApplyNothingTwice() throws Exception {
        String gateway = Suite.gateway();
        String admin = TestTokens.admin();
        String host = given().baseUri(gateway).header("Authorization", "Bearer " + admin).contentType("application/json")
                .body(Map.of("name", "Region Skåne " + UUID.randomUUID(), "kind", "REGION", "countyCode", "12"))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String coordinator = TestTokens.coordinator(UUID.fromString(host));
        OffsetDateTime day = OffsetDateTime.now().plusMonths(1).withNano(0);
        String event = given().baseUri(gateway).header("Authorization", "Bearer " + coordinator).contentType("application/json")
                .body(Map.of("title", "Chefsdag under avbrott", "hostOrganisationId", host, "regionCode", "12",
                        "startsAt", day.toString(), "endsAt", day.plusHours(6).toString(), "capacity", 100,
                        "registrationOpensAt", OffsetDateTime.now().minusDays(1).withNano(0).toString()))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        given().baseUri(gateway).header("Authorization", "Bearer " + coordinator).post("/api/v1/events/" + event + "/publish")
                .then().statusCode(200);
        Awaitility.await("participants-service sees the day").atMost(Duration.ofSeconds(30)).until(() -> given()
                .baseUri(gateway).header("Authorization", "Bearer " + coordinator)
                .get("/api/v1/events/" + event + "/registrations").statusCode() == 200);

        Suite.stopKafka();
        long outageEnds = System.nanoTime() + OUTAGE.toNanos();
        ConcurrentLinkedQueue<JsonNode> accepted = new ConcurrentLinkedQueue<>();
        List<String> refused = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<?>> clients = new ArrayList<>();
        try {
            for (int c = 0; c < 3; c++) {
                String code = List.of("1280", "1281", "1283").get(c);
                String token = TestTokens.municipality(code);
                clients.add(load.submit(() -> {
                    while (System.nanoTime() < outageEnds) {
                        int n = next.incrementAndGet();
                        String body = "{\"participant\":{\"givenName\":\"Åsa\",\"familyName\":\"Öberg " + n
                                + "\",\"email\":\"asa.oberg." + n + "@kommun.se\",\"municipalityCode\":\"" + code + "\"}}";
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/events/"
                                + event + "/registrations")).header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(), HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            accepted.add(json.readTree(r.body()));
                        } else if (r.statusCode() != 429) {
                            // 429: the gateway's per-client limit, nothing written; anything else is a lost write
                            synchronized (refused) {
                                refused.add(r.statusCode() + " " + r.body());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : clients) {
                client.get();
            }
        } finally {
            load.shutdown();
            Suite.startKafka();
        }
        assertEquals(List.of(), refused, "writes go on while Kafka is away (beyond the clients' rate limits)");
        int n = accepted.size();
        assertTrue(n >= 30, "registrations during the outage: " + n);
        long confirmed = accepted.stream().filter(r -> r.get("status").asText().equals("CONFIRMED")).count();

        // every accepted registration is there
        JsonNode page = json.readTree(given().baseUri(gateway).header("Authorization", "Bearer " + coordinator)
                .get("/api/v1/events/" + event + "/stats").then().statusCode(200).extract().asString());
        assertEquals(100, page.get("capacity").asInt());
        // every change delivered (ledger versions 1..n on the topic) and applied once by events-service
        var records = TestKafka.await("leadership.registrations.v1", r -> event.equals(r.key()),
                found -> new TreeSet<>(found.stream().map(r -> version(r.value())).toList()).size() >= n,
                Duration.ofSeconds(90));
        assertEquals(n, new TreeSet<>(records.stream().map(r -> version(r.value())).toList()).last().intValue());
        Awaitility.await("events-service at ledger version " + n).atMost(Duration.ofSeconds(60)).until(() -> given()
                .baseUri(gateway).header("Authorization", "Bearer " + coordinator).get("/api/v1/events/" + event + "/stats")
                .then().extract().<Number>path("ledgerVersion").longValue() == n);
        given().baseUri(gateway).header("Authorization", "Bearer " + coordinator).get("/api/v1/events/" + event + "/stats")
                .then().body("confirmed", org.hamcrest.Matchers.equalTo((int) confirmed))
                .body("waitlisted", org.hamcrest.Matchers.equalTo(n - (int) confirmed));
        int listed = 0;
        String cursor = "";
        do {
            var list = given().baseUri(gateway).header("Authorization", "Bearer " + coordinator).queryParam("limit", "100")
                    .queryParam("cursor", cursor).get("/api/v1/events/" + event + "/registrations").then().statusCode(200)
                    .extract();
            listed += list.<List<?>>path("items").size();
            cursor = list.path("nextCursor");
        } while (cursor != null);
        assertEquals(n, listed, "every accepted registration is stored");
    }

    private long version(String value) {
        try {
            return json.readTree(value).at("/data/version").asLong();
        } catch (Exception e) {
            return -1;
        }
    }
}
