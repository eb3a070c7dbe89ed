package se.rln.participants.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.participants.RegistrationRush.atPlace;
import static se.rln.participants.RegistrationRush.withStatus;

import com.fasterxml.jackson.databind.JsonNode;
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
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;
import se.rln.participants.RegistrationRush;

/**
 * Two instances of the packaged participants-service on one database and one broker, with
 * registrations spread over both: still exactly the capacity confirmed, the waitlist in arrival
 * order, one ledger version per change, and a cancellation on one instance promotes on the other.
 */
class TwoInstancesIT {

    private static final KafkaTestBroker KAFKA = new KafkaTestBroker();
    private static ServiceInstance first;
    private static ServiceInstance second;

    @BeforeAll
    static void start() throws Exception {
        PostgresTestDatabase database = new PostgresTestDatabase();
        database.init(Map.of("database", "rln_participants_it"));
        Map<String, String> config = new HashMap<>(database.start());
        config.putAll(KAFKA.start());
        first = ServiceInstance.start("participants-1", config);
        second = ServiceInstance.start("participants-2", config);
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
    void twoInstancesNeverOverbook() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.publish(event, host, 1, "PUBLISHED", 60, Map.of());
        RegistrationRush.awaitReplica(first.url(), event, coordinator);
        RegistrationRush.awaitReplica(second.url(), event, coordinator);

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
    }
}
