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
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;

/**
 * Registration load through the gateway for fault tests: a fresh published day, three municipal
 * clients registering people until a deadline, and the checks that nothing acknowledged was lost
 * and every change reached events-service once.
 */
final class RegistrationLoad {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String gateway;
    final String coordinator;
    final String event;
    final ConcurrentLinkedQueue<JsonNode> accepted = new ConcurrentLinkedQueue<>();
    /** Answers other than 201, by status: 429 (rate limit) and 503 (service away) write nothing. */
    final ConcurrentLinkedQueue<Integer> refusals = new ConcurrentLinkedQueue<>();
    /** The same refusals with their content type, e.g. {@code 503 application/problem+json}; 0 = no answer. */
    final ConcurrentLinkedQueue<String> refusalTypes = new ConcurrentLinkedQueue<>();
    /** The longest a client waited for an answer, in milliseconds. */
    final java.util.concurrent.atomic.AtomicLong slowestMillis = new java.util.concurrent.atomic.AtomicLong();

    private final List<String> municipalities;

    private RegistrationLoad(String gateway, String coordinator, String event, List<String> municipalities) {
        this.gateway = gateway;
        this.coordinator = coordinator;
        this.event = event;
        this.municipalities = municipalities;
    }

    /**
     * A new day with 100 seats in Skåne (region 12), published and open in participants-service, registered onto by the
     * HR systems of {@code municipalities} (each its own rate-limit client).
     */
    static RegistrationLoad onNewDay(String title, List<String> municipalities) throws Exception {
        return onNewDay(title, municipalities, 100);
    }

    /** The same with {@code capacity} seats. */
    static RegistrationLoad onNewDay(String title, List<String> municipalities, int capacity) throws Exception {
        String gateway = Suite.gateway();
        String host = given().baseUri(gateway).header("Authorization", "Bearer " + TestTokens.admin())
                .contentType("application/json").body(Map.of("name", "Region Skåne " + UUID.randomUUID(), "kind", "REGION",
                        "countyCode", "12")).post("/api/v1/organisations").then().statusCode(201).extract().path("id");
        String coordinator = TestTokens.coordinator(UUID.fromString(host));
        OffsetDateTime day = OffsetDateTime.now().plusMonths(1).withNano(0);
        String event = given().baseUri(gateway).header("Authorization", "Bearer " + coordinator).contentType("application/json")
                .body(Map.of("title", title, "hostOrganisationId", host, "regionCode", "12", "startsAt", day.toString(),
                        "endsAt", day.plusHours(6).toString(), "capacity", capacity,
                        "registrationOpensAt", OffsetDateTime.now().minusDays(1).withNano(0).toString()))
                .post("/api/v1/events").then().statusCode(201).extract().path("id");
        given().baseUri(gateway).header("Authorization", "Bearer " + coordinator).post("/api/v1/events/" + event + "/publish")
                .then().statusCode(200);
        Awaitility.await("participants-service sees the day").atMost(Duration.ofSeconds(30)).until(() -> given()
                .baseUri(gateway).header("Authorization", "Bearer " + coordinator)
                .get("/api/v1/events/" + event + "/registrations").statusCode() == 200);
        return new RegistrationLoad(gateway, coordinator, event, municipalities);
    }

    /** Three clients register people until {@code duration} has passed; {@code during} runs meanwhile. */
    void run(Duration duration, Fault during) throws Exception {
        long ends = System.nanoTime() + duration.toNanos();
        AtomicInteger next = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<?>> clients = new ArrayList<>();
        try {
            for (String code : municipalities) {
                String token = TestTokens.municipality(code);
                clients.add(load.submit(() -> {
                    while (System.nanoTime() < ends) {
                        register(token, code, next.incrementAndGet());
                    }
                    return null;
                }));
            }
            during.run();
        } finally {
            for (Future<?> client : clients) {
                client.get();
            }
            load.shutdown();
        }
    }

    /**
     * Every acknowledged registration is stored, every stored change reached Kafka, and
     * events-service applied each once: its statistics equal participants-service's ledger. A
     * registration committed just before a crash may be stored without having been acknowledged,
     * so the stored ones are counted from the service itself.
     */
    void assertNothingLost() throws Exception {
        List<JsonNode> stored = stored();
        java.util.Set<String> ids = new java.util.HashSet<>();
        stored.forEach(r -> ids.add(r.get("id").asText()));
        accepted.forEach(r -> assertTrue(ids.contains(r.get("id").asText()), "acknowledged " + r.get("id") + " is stored"));
        int n = stored.size();
        long confirmed = stored.stream().filter(r -> r.get("status").asText().equals("CONFIRMED")).count();
        var records = TestKafka.await("leadership.registrations.v1", r -> event.equals(r.key()),
                found -> versions(found).size() >= n, Duration.ofSeconds(90));
        assertEquals(n, versions(records).last().intValue(), "ledger versions 1.." + n + " on Kafka");
        Awaitility.await("events-service at ledger version " + n).atMost(Duration.ofSeconds(60)).until(() -> given()
                .baseUri(gateway).header("Authorization", "Bearer " + coordinator).get("/api/v1/events/" + event + "/stats")
                .then().extract().<Number>path("ledgerVersion").longValue() == n);
        given().baseUri(gateway).header("Authorization", "Bearer " + coordinator).get("/api/v1/events/" + event + "/stats")
                .then().body("confirmed", org.hamcrest.Matchers.equalTo((int) confirmed))
                .body("waitlisted", org.hamcrest.Matchers.equalTo(n - (int) confirmed));
    }

    int storedCount() throws Exception {
        return stored().size();
    }

    private List<JsonNode> stored() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        String cursor = "";
        do {
            var page = given().baseUri(gateway).header("Authorization", "Bearer " + coordinator).queryParam("limit", "100")
                    .queryParam("cursor", cursor).get("/api/v1/events/" + event + "/registrations").then().statusCode(200)
                    .extract();
            JSON.readTree(page.asString()).get("items").forEach(all::add);
            cursor = page.path("nextCursor");
        } while (cursor != null);
        return all;
    }

    /** What goes wrong while the load runs. */
    interface Fault {
        void run() throws Exception;
    }

    private void register(String token, String code, int n) throws Exception {
        String body = "{\"participant\":{\"givenName\":\"Åsa\",\"familyName\":\"Öberg " + n + "\",\"email\":\"asa.oberg." + n
                + "@kommun.se\",\"municipalityCode\":\"" + code + "\"}}";
        long started = System.nanoTime();
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/events/" + event
                    + "/registrations")).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 201) {
                accepted.add(JSON.readTree(r.body()));
            } else {
                refusals.add(r.statusCode());
                refusalTypes.add(r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse("(none)"));
            }
        } catch (java.io.IOException e) {
            refusals.add(0);
            refusalTypes.add("0 " + e);
        } finally {
            slowestMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
        }
    }

    private static TreeSet<Long> versions(List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records) {
        TreeSet<Long> versions = new TreeSet<>();
        for (var r : records) {
            try {
                versions.add(JSON.readTree(r.value()).at("/data/version").asLong());
            } catch (Exception e) {
                // not a registration change
            }
        }
        return versions;
    }
}
