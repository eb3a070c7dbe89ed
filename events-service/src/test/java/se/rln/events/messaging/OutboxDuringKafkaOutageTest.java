package se.rln.events.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.events.Fixtures.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.events.Fixtures;
import se.rln.events.messaging.outbound.EventJournal;

/**
 * With the Kafka broker process stopped, writes keep succeeding (they land in the outbox);
 * once it is back, every event arrives exactly once and in version order per event.
 */
@QuarkusTest
class OutboxDuringKafkaOutageTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesSurviveABrokerOutageAndArriveOnceInOrder() throws Exception {
        Fixtures.Organisers o = Fixtures.organisers();
        List<UUID> events = new ArrayList<>();
        TestKafka.stopBroker();
        try {
            for (int i = 0; i < 3; i++) {
                UUID id = Fixtures.draftSkaneDay(o);
                events.add(id);
                for (Map<String, Object> session : Fixtures.skaneAgenda()) {
                    as(o.hostToken()).body(session).post("/api/v1/events/{id}/sessions", id).then().statusCode(201);
                }
                as(o.hostToken()).post("/api/v1/events/{id}/publish", id).then().statusCode(200);
            }
        } finally {
            TestKafka.startBroker();
        }
        Set<String> keys = new HashSet<>(events.stream().map(UUID::toString).toList());
        List<ConsumerRecord<String, String>> records = TestKafka.await(EventJournal.TOPIC,
                r -> keys.contains(r.key()), found -> found.size() >= 18, Duration.ofSeconds(60));

        Map<String, List<Long>> versionsByEvent = new LinkedHashMap<>();
        Set<String> cloudEventIds = new HashSet<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode event = json.readTree(r.value());
            assertEquals(true, cloudEventIds.add(event.get("id").asText()), "CloudEvent delivered twice: " + event.get("id"));
            versionsByEvent.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(event.at("/data/version").asLong());
        }
        for (UUID id : events) {
            assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L), versionsByEvent.get(id.toString()),
                    "every change of event " + id + " exactly once, in order");
        }
        assertEquals(18, records.size());
    }
}
