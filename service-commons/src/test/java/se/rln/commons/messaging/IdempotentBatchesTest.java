package se.rln.commons.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.fixture.NoteBook;
import se.rln.commons.testing.TestKafka;

/**
 * A batch channel on a real Kafka broker and PostgreSQL: a poll's records applied together,
 * each event once however often it is delivered, and only the records that cannot be applied
 * (unreadable, incomplete, or an effect that keeps failing) on the dead-letter topic, each alone.
 */
@QuarkusTest
class IdempotentBatchesTest {

    private static final String TOPIC = "commons.notes-in.v1";

    @Inject
    NoteBook book;

    private static String noted(String id, String source, UUID note, String text, boolean fail) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"event.noted","subject":"%s","time":"2026-12-03T09:00:00Z",
                 "datacontenttype":"application/json","data":{"noteId":"%s","text":"%s","fail":%s}}"""
                .formatted(id, source, note, note, text, fail);
    }

    @Test
    void aPollsRecordsAreAppliedOnceEachAndOnlyTheBadOnesAreDeadLettered() throws Exception {
        List<UUID> notes = new ArrayList<>();
        String run = UUID.randomUUID().toString();
        for (int i = 0; i < 40; i++) {
            UUID note = UUID.randomUUID();
            notes.add(note);
            String record = noted(run + "-" + i, "/events-service", note, "Ledardag " + i + " i Höör", false);
            TestKafka.send(TOPIC, note.toString(), record);
            if (i % 10 == 0) {
                TestKafka.send(TOPIC, note.toString(), record); // a redelivery
            }
        }
        UUID foreign = UUID.randomUUID();
        TestKafka.send(TOPIC, foreign.toString(), noted(run + "-foreign", "/participants-service", foreign, "Falsk", false));
        String unreadable = "poison-" + run;
        TestKafka.sendRaw(TOPIC, unreadable, "inte en CloudEvent");
        String incomplete = "incomplete-" + run;
        TestKafka.send(TOPIC, incomplete, """
                {"specversion":"1.0","id":"%s","source":"/events-service","type":"event.noted","data":{"text":"utan id"}}"""
                .formatted(incomplete));
        UUID failing = UUID.randomUUID();
        TestKafka.send(TOPIC, failing.toString(), noted(run + "-failing", "/events-service", failing, "Felar", true));
        UUID last = UUID.randomUUID();
        TestKafka.send(TOPIC, last.toString(), noted(run + "-last", "/events-service", last, "Sist", false));

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> book.count("note", last) == 1);
        for (UUID note : notes) {
            assertEquals(1, book.count("note", note), "note " + note);
            assertEquals(1, book.count("note_line", note), "applied once: " + note);
        }
        assertEquals(0, book.count("note", foreign), "a source that does not own the type is not believed");
        assertEquals(0, book.count("note", failing));
        Set<String> dead = deadLettered(Set.of(unreadable, incomplete, failing.toString()));
        for (UUID note : notes) {
            assertTrue(!dead.contains(note.toString()), "a good record was dead-lettered: " + note);
        }
        assertTrue(!dead.contains(last.toString()) && !dead.contains(foreign.toString()), dead.toString());
    }

    /** The keys of the dead-letter topic's records, read until all of {@code expected} are there. */
    private static Set<String> deadLettered(Set<String> expected) {
        Set<String> keys = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = TestKafka.consumer(TOPIC + ".dlq")) {
            Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(r.key());
                }
                return keys.containsAll(expected);
            });
        }
        return keys;
    }
}
