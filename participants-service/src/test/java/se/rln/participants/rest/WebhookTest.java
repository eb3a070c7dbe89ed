package se.rln.participants.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rln.commons.testing.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.commons.testing.WebhookReceiver;
import se.rln.participants.CohortsOnKafka;
import se.rln.participants.EventsOnKafka;

/**
 * Registration changes pushed to a real HTTP receiver in this JVM: signed per Standard Webhooks,
 * each change once per subscription however often the receiver fails first, 410 disables.
 */
@QuarkusTest
class WebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource db;
    private static final String MALMO = "1280";

    private record Day(UUID event, UUID host, String coordinator) {
    }

    private static Day day() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.published(event, host, 10, Map.of(), coordinator);
        return new Day(event, host, coordinator);
    }

    private static JsonNode subscribe(String token, Map<String, Object> body) {
        return JSON.valueToTree(as(token).body(body).post("/api/v1/webhooks").then().statusCode(201)
                .header("Location", containsString("/api/v1/webhooks/")).extract().as(Map.class));
    }

    private static String register(Day day, String municipality, String externalId) {
        return as(TestTokens.municipality(municipality)).body(EventsOnKafka.person(municipality, externalId, "Åsa", "Öberg"))
                .post("/api/v1/events/{id}/registrations", day.event()).then().statusCode(201).extract().path("id");
    }

    private static void awaitRequests(WebhookReceiver receiver, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> receiver.received.size() >= count);
    }

    /** The signature computed by hand from the specification, independent of the library. */
    private static String expectedSignature(String secret, WebhookReceiver.Received r) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signed = r.header("webhook-id") + "." + r.header("webhook-timestamp") + "." + r.body();
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eachChangeArrivesOnceAsASignedCloudEvent() throws Exception {
        Day day = day();
        try (WebhookReceiver malmoHr = new WebhookReceiver(); WebhookReceiver organiser = new WebhookReceiver()) {
            JsonNode created = subscribe(TestTokens.municipality(MALMO), Map.of("url", malmoHr.url(), "municipalityCode", MALMO,
                    "description", "Personalsystemet, Malmö stad"));
            String secret = created.get("secret").asText();
            assertTrue(secret.startsWith("whsec_"), secret);
            assertEquals("ACTIVE", created.at("/webhook/status").asText());
            String hook = created.at("/webhook/id").asText();
            subscribe(day.coordinator(), Map.of("url", organiser.url(), "eventId", day.event().toString(),
                    "changeTypes", List.of("registration.confirmed")));

            String registration = register(day, MALMO, "HR-77");
            register(day, "1281", "LUND-1"); // Lund's person: not for Malmö's receiver
            awaitRequests(malmoHr, 1);
            awaitRequests(organiser, 2);

            WebhookReceiver.Received delivered = malmoHr.received.get(0);
            assertEquals("application/cloudevents+json; charset=utf-8", delivered.header("Content-Type"));
            assertEquals(expectedSignature(secret, delivered), delivered.header("webhook-signature"));
            new Webhook(secret).verify(delivered.body(), HttpHeaders.of(delivered.headers(), (a, b) -> true));
            JsonNode event = JSON.readTree(delivered.body());
            assertEquals("1.0", event.get("specversion").asText());
            assertEquals("registration.confirmed", event.get("type").asText());
            assertEquals("/participants-service", event.get("source").asText());
            assertEquals(registration, event.get("subject").asText());
            assertEquals("HR-77", event.at("/data/externalId").asText());
            assertEquals("confirmed", event.at("/data/change").asText());
            assertEquals(MALMO, event.at("/data/municipalityCode").asText());

            // the organiser hears the event's changes, of both municipalities, without the HR ids
            JsonNode same = JSON.readTree(organiser.received.stream()
                    .filter(r -> r.body().contains(registration)).findFirst().orElseThrow().body());
            assertEquals(event.get("id").asText(), same.get("id").asText(), "one CloudEvent id per change");
            assertTrue(same.at("/data/externalId").isNull());

            as(TestTokens.municipality(MALMO)).get("/api/v1/webhooks/{id}/deliveries", hook).then().statusCode(200)
                    .body("items", hasSize(1)).body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].id", equalTo(delivered.header("webhook-id")))
                    .body("items[0].history[0].statusCode", equalTo(204));
            as(TestTokens.municipality(MALMO)).get("/api/v1/webhooks").then().statusCode(200)
                    .body("find { it.id == '" + hook + "' }.description", equalTo("Personalsystemet, Malmö stad"))
                    .body("municipalityCode", org.hamcrest.Matchers.everyItem(equalTo(MALMO)));
            assertEquals(1, malmoHr.received.size(), "Lund's registration is not Malmö's");
        }
    }

    @Test
    void aMunicipalityHearsItsPeoplesEnrolmentChanges() throws Exception {
        UUID cohort = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        CohortsOnKafka.cohort(cohort, programme, owner, 0, 5);
        CohortsOnKafka.day(UUID.randomUUID(), cohort, programme, owner, 1, "PUBLISHED", 5, 3);
        CohortsOnKafka.awaitCohort(cohort, TestTokens.coordinator(owner));
        String sandviken = TestTokens.municipality("2181");
        try (WebhookReceiver hr = new WebhookReceiver()) {
            subscribe(sandviken, Map.of("url", hr.url(), "municipalityCode", "2181",
                    "changeTypes", List.of("enrolment.confirmed", "enrolment.cancelled")));
            String enrolment = as(sandviken).body(EventsOnKafka.person("2181", "W-" + cohort, "Åsa", "Öberg"))
                    .post("/api/v1/cohorts/{id}/enrolments", cohort).then().statusCode(201).extract().path("id");
            as(sandviken).delete("/api/v1/enrolments/{id}", enrolment).then().statusCode(200);
            awaitRequests(hr, 2);
            List<JsonNode> events = new java.util.ArrayList<>();
            for (WebhookReceiver.Received r : hr.received) {
                events.add(JSON.readTree(r.body()));
            }
            assertEquals(java.util.Set.of("enrolment.confirmed", "enrolment.cancelled"),
                    events.stream().map(e -> e.get("type").asText()).collect(java.util.stream.Collectors.toSet()));
            JsonNode confirmed = events.stream().filter(e -> e.get("type").asText().equals("enrolment.confirmed")).findFirst()
                    .orElseThrow();
            assertEquals(cohort.toString(), confirmed.at("/data/cohortId").asText());
            assertEquals(enrolment, confirmed.get("subject").asText());
            assertEquals("W-" + cohort, confirmed.at("/data/externalId").asText());
            assertEquals("enrolment-confirmed", confirmed.at("/data/change").asText());
            assertEquals(2, hr.received.size(), "the days' registration changes were not asked for");
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsTheChangeOnceAfterwards() throws Exception {
        Day day = day();
        try (WebhookReceiver receiver = new WebhookReceiver().answering(503, 500)) {
            String malmo = TestTokens.municipality(MALMO);
            String hook = subscribe(malmo, Map.of("url", receiver.url(), "municipalityCode", MALMO)).at("/webhook/id").asText();
            register(day, MALMO, "HR-1");
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    as(malmo).get("/api/v1/webhooks/{id}/deliveries", hook).then()
                            .body("items[0].status", equalTo("DELIVERED")).body("items[0].attempts", equalTo(3))
                            .body("items[0].history.statusCode", contains(503, 500, 204)));
            assertEquals(3, receiver.received.size());
            assertEquals(1, receiver.received.stream().map(r -> r.header("webhook-id")).distinct().count(),
                    "every attempt carries the delivery's id");
            assertEquals(1, receiver.received.stream().filter(r -> r.answered() / 100 == 2).count());

            // sent again on request, under the same id
            String delivery = receiver.received.get(0).header("webhook-id");
            as(malmo).post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", hook, delivery).then().statusCode(202)
                    .body("status", equalTo("PENDING"));
            awaitRequests(receiver, 4);
            assertEquals(delivery, receiver.received.get(3).header("webhook-id"));
        }
    }

    @Test
    void aReceiverAnswering410DisablesTheSubscription() throws Exception {
        Day day = day();
        try (WebhookReceiver receiver = new WebhookReceiver().answering(410)) {
            String malmo = TestTokens.municipality(MALMO);
            String hook = subscribe(malmo, Map.of("url", receiver.url(), "municipalityCode", MALMO)).at("/webhook/id").asText();
            register(day, MALMO, "HR-2");
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                    as(malmo).get("/api/v1/webhooks/{id}", hook).then().body("status", equalTo("DISABLED"))
                            .body("disabledReason", startsWith("the receiver answered 410 Gone")));
            as(malmo).get("/api/v1/webhooks/{id}/deliveries", hook).then().body("items[0].status", equalTo("FAILED"));
            String delivery = receiver.received.get(0).header("webhook-id");
            as(malmo).post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", hook, delivery).then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString("disabled"));
            register(day, MALMO, "HR-3");
            as(malmo).get("/api/v1/webhooks/{id}/deliveries", hook).then().body("items", hasSize(1));
            assertEquals(1, receiver.received.size());
        }
    }

    @Test
    void unsafeTargetsAndUnknownTypesAreRefusedNamingTheField() throws Exception {
        String malmo = TestTokens.municipality(MALMO);
        for (String url : List.of("http://10.0.0.5/hooks", "https://169.254.169.254/latest/meta-data", "https://[fd00::1]/x",
                "https://192.168.1.10/hooks", "http://93.184.216.34/hooks", "ftp://127.0.0.1/x", "https://user:pw@127.0.0.1/x",
                "not a url", "https://no-such-host.invalid/hooks")) {
            as(malmo).body(Map.of("url", url, "municipalityCode", MALMO)).post("/api/v1/webhooks").then().statusCode(400)
                    .contentType("application/problem+json").body("violations[0].field", equalTo("url"));
        }
        as(malmo).body(Map.of("url", "http://127.0.0.1:9/hooks", "municipalityCode", MALMO,
                "changeTypes", List.of("registration.confirmed", "registration.exploded"))).post("/api/v1/webhooks").then()
                .statusCode(400).body("violations[0].field", equalTo("changeTypes[1]"));
        as(malmo).body(Map.of("url", "http://127.0.0.1:9/hooks", "municipalityCode", MALMO, "eventId", UUID.randomUUID().toString()))
                .post("/api/v1/webhooks").then().statusCode(400).body("violations[0].field", equalTo("municipalityCode"));
        as(malmo).body(Map.of("municipalityCode", MALMO)).post("/api/v1/webhooks").then().statusCode(400)
                .body("violations[0].field", equalTo("url"));
        as(malmo).queryParam("status", "LOST").get("/api/v1/webhooks/{id}/deliveries",
                subscribe(malmo, Map.of("url", "http://127.0.0.1:9/hooks", "municipalityCode", MALMO)).at("/webhook/id").asText())
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    void aSubscriptionExistsOnlyForItsOwner() throws Exception {
        Day day = day();
        String malmo = TestTokens.municipality(MALMO);
        String lund = TestTokens.municipality("1281");
        String hook = subscribe(malmo, Map.of("url", "http://127.0.0.1:9/hooks", "municipalityCode", MALMO))
                .at("/webhook/id").asText();
        for (String path : List.of("/api/v1/webhooks/{id}", "/api/v1/webhooks/{id}/deliveries")) {
            as(lund).get(path, hook).then().statusCode(404).contentType("application/problem+json");
            as(day.coordinator()).get(path, hook).then().statusCode(404);
        }
        as(lund).delete("/api/v1/webhooks/{id}", hook).then().statusCode(404);
        as(lund).get("/api/v1/webhooks").then().statusCode(200).body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(hook)));
        as(lund).body(Map.of("url", "http://127.0.0.1:9/hooks", "municipalityCode", MALMO)).post("/api/v1/webhooks").then()
                .statusCode(403).contentType("application/problem+json");
        as(TestTokens.coordinator(UUID.randomUUID())).body(Map.of("url", "http://127.0.0.1:9/hooks",
                "eventId", day.event().toString())).post("/api/v1/webhooks").then().statusCode(403);
        as(TestTokens.participant(UUID.randomUUID(), MALMO)).get("/api/v1/webhooks").then().statusCode(403);
        as(malmo).post("/api/v1/webhooks/{id}/deliveries/{d}/redeliver", hook, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(malmo).delete("/api/v1/webhooks/{id}", hook).then().statusCode(204);
        as(malmo).get("/api/v1/webhooks/{id}", hook).then().statusCode(404);
    }

    @Test
    void anErasedPersonsHrIdLeavesTheKeptDeliveries() throws Exception {
        Day day = day();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String malmo = TestTokens.municipality(MALMO);
            subscribe(malmo, Map.of("url", receiver.url(), "municipalityCode", MALMO));
            String hrId = "HR-ERASE-" + UUID.randomUUID();
            String registration = register(day, MALMO, hrId);
            awaitRequests(receiver, 1);
            String person = as(malmo).get("/api/v1/registrations/{id}", registration).then().extract().path("participant.id");
            as(malmo).delete("/api/v1/participants/{id}", person).then().statusCode(204);
            awaitRequests(receiver, 2);
            JsonNode cancelled = JSON.readTree(receiver.received.get(1).body());
            assertEquals("registration.cancelled", cancelled.get("type").asText());
            assertTrue(cancelled.at("/data/externalId").isNull(), "the erasure's own notice carries no HR id");
            try (var c = db.getConnection(); var ps = c.prepareStatement(
                    "SELECT count(*) FILTER (WHERE payload::text LIKE ?), count(*) FROM webhook_delivery "
                            + "WHERE payload -> 'data' ->> 'participantId' = ?")) {
                ps.setString(1, "%" + hrId + "%");
                ps.setString(2, person);
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), "no delivery keeps the HR id");
                    assertEquals(2, rs.getInt(2), "both deliveries are kept for their history");
                }
            }
        }
    }
}
