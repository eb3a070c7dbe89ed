package se.rln.participants.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.participants.RegistrationRush.atPlace;
import static se.rln.participants.RegistrationRush.withStatus;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
}
