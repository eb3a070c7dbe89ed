package se.rln.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.ServiceInstance;
import se.rln.commons.testing.TestTokens;
import se.rln.commons.testing.WebhookReceiver;

/**
 * participants-service killed (SIGKILL) while a webhook delivery waits for its next attempt, and
 * started again: the change still reaches the receiver, accepted once, signed, under the id of
 * its first attempt; the delivery's history survives the crash.
 */
class WebhookRestartSystemTest {

    @Test
    void aRestartMidRetryLosesNoDelivery() throws Exception {
        RegistrationLoad day = RegistrationLoad.onNewDay("Chefsdag med webhook", List.of("1280"));
        ServiceInstance participants = Suite.service("participants-service");
        String malmo = TestTokens.municipality("1280");
        try (WebhookReceiver receiver = new WebhookReceiver().down(true)) {
            var created = given().baseUri(day.gateway).header("Authorization", "Bearer " + malmo).contentType("application/json")
                    .body(Map.of("url", receiver.url(), "municipalityCode", "1280", "description", "Malmö stads HR-system"))
                    .post("/api/v1/webhooks").then().statusCode(201).extract();
            String hook = created.path("webhook.id");
            String secret = created.path("secret");
            given().baseUri(day.gateway).header("Authorization", "Bearer " + malmo).contentType("application/json")
                    .body(Map.of("participant", Map.of("externalId", "HR-4711", "givenName", "Åsa", "familyName", "Öberg",
                            "email", "asa.oberg@malmo.se", "municipalityCode", "1280")))
                    .post("/api/v1/events/" + day.event + "/registrations").then().statusCode(201);
            Awaitility.await("the first attempts fail").atMost(Duration.ofSeconds(30)).until(() -> receiver.received.size() >= 2);

            participants.kill();
            receiver.down(false);
            participants.restart();

            Awaitility.await("delivered after the restart").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                    .until(() -> receiver.received.stream().anyMatch(r -> r.answered() / 100 == 2));
            List<WebhookReceiver.Received> accepted = receiver.received.stream().filter(r -> r.answered() / 100 == 2).toList();
            assertEquals(1, accepted.size(), "accepted once");
            assertEquals(1, receiver.received.stream().map(r -> r.header("webhook-id")).distinct().count(),
                    "every attempt, before and after the crash, is the same delivery");
            new Webhook(secret).verify(accepted.get(0).body(), HttpHeaders.of(accepted.get(0).headers(), (a, b) -> true));
            assertTrue(accepted.get(0).body().contains("\"HR-4711\""), accepted.get(0).body());

            var deliveries = Awaitility.await("the delivery recorded").atMost(Duration.ofSeconds(30)).until(() -> given()
                    .baseUri(day.gateway).header("Authorization", "Bearer " + malmo)
                    .get("/api/v1/webhooks/" + hook + "/deliveries").then().statusCode(200).extract(),
                    r -> "DELIVERED".equals(r.path("items[0].status")));
            List<Integer> statuses = deliveries.path("items[0].history.statusCode");
            assertEquals(204, statuses.get(statuses.size() - 1));
            assertTrue(statuses.size() >= 2 && statuses.subList(0, statuses.size() - 1).stream().allMatch(s -> s == 503),
                    "the failed attempts before the crash are in the history: " + statuses);
            System.out.printf("webhook across a restart: %d attempts, delivered on attempt %d%n", receiver.received.size(),
                    statuses.size());
        }
    }
}
