package se.rln.commons.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.cloudevents.CloudEvent;
import se.rln.commons.fixture.NoteBook;
import se.rln.commons.fixture.NoteKind;
import se.rln.commons.testing.TestKafka;

/**
 * The outbox on a real PostgreSQL and Kafka: what a transaction published reaches the topic as
 * a structured CloudEvent keyed by its aggregate, in order per aggregate, and leaves the outbox
 * once acknowledged; what a rolled-back transaction published never does; while Kafka is away
 * the events wait in the outbox and follow when it is back.
 */
@QuarkusTest
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    NoteBook book;

    @Test
    void committedEventsArriveInOrderPerAggregateAndRolledBackOnesNever() throws Exception {
        UUID note = UUID.randomUUID();
        List<String> published = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            if (i == 10) {
                assertThrows(IllegalStateException.class, () -> book.publish(note, "avbruten", -1, true));
            }
            published.add(book.publish(note, "Ledardag " + i, i, false).toString());
        }
        List<ConsumerRecord<String, String>> records = await(note, 30);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, String> r = records.get(i);
            JsonNode event = JSON.readTree(r.value());
            assertEquals(note.toString(), r.key());
            assertEquals("1.0", event.path("specversion").asText());
            assertEquals("/commons-test", event.path("source").asText());
            assertEquals("note.written", event.path("type").asText());
            assertEquals(note.toString(), event.path("subject").asText());
            assertEquals(i, event.path("data").path("sequence").asInt(), "order per aggregate");
            assertEquals(CloudEvent.CONTENT_TYPE, new String(r.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8));
            ids.add(event.path("id").asText());
        }
        assertEquals(published, ids);
        assertTrue(records.stream().noneMatch(r -> r.value().contains("avbruten")), "the rolled-back event");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows() == 0);
    }

    @Test
    void whileKafkaIsAwayEventsWaitInTheOutboxAndFollowWhenItIsBack() throws Exception {
        UUID note = UUID.randomUUID();
        TestKafka.stopBroker();
        try {
            for (int i = 0; i < 5; i++) {
                book.publish(note, "Medan Kafka är borta " + i, i, false);
            }
            assertEquals(5, outboxRows());
        } finally {
            TestKafka.startBroker();
        }
        List<ConsumerRecord<String, String>> records = await(note, 5);
        for (int i = 0; i < 5; i++) {
            assertEquals(i, JSON.readTree(records.get(i).value()).path("data").path("sequence").asInt());
        }
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> outboxRows() == 0);
    }

    /** The records of {@code note} on the topic once {@code count} have arrived (duplicates by id dropped). */
    private static List<ConsumerRecord<String, String>> await(UUID note, int count) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = TestKafka.consumer(NoteKind.TOPIC)) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    String id = JSON.readTree(r.value()).path("id").asText();
                    if (note.toString().equals(r.key()) && !seen.contains(id)) {
                        seen.add(id);
                        records.add(r);
                    }
                }
                return records.size() >= count;
            });
        }
        return records;
    }

    private static long outboxRows() throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("rln.test.jdbc-url"), "postgres", "");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM outbox")) {
            r.next();
            return r.getLong(1);
        }
    }
}
