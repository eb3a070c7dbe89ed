package se.rln.commons.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.rln.commons.fixture.NoteBook;

/**
 * A consumer applies each CloudEvent once, in the transaction that records it, on a real
 * database: redeliveries are skipped, a failed attempt leaves nothing, records from a source
 * that does not own their type are ignored, and unreadable ones are poison.
 */
@QuarkusTest
class IdempotentConsumerTest {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    NoteBook book;

    private static String event(String id, String source, String type) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","subject":"s","time":"2026-12-03T09:00:00Z",
                 "datacontenttype":"application/json","data":{"title":"Ledardag för socialchefer i Skåne"}}"""
                .formatted(id, source, type);
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String id = UUID.randomUUID().toString();
        UUID note = UUID.randomUUID();
        String record = event(id, "/events-service", "event.published");
        assertTrue(consumer.apply("commons-test", record, e -> book.write(note, e.type(), List.of(e.id()), false)));
        assertFalse(consumer.apply("commons-test", record, e -> book.write(note, e.type(), List.of(e.id()), false)));
        assertEquals(1, book.count("note", note));
        // another consumer of the same event applies it for itself
        UUID other = UUID.randomUUID();
        assertTrue(consumer.apply("commons-test-other", record, e -> book.write(other, e.type(), List.of(), false)));
        assertEquals(1, book.count("note", other));
    }

    @Test
    void failedAttemptsLeaveNothingAndTheRetryThatWorksAppliesItOnce() {
        String record = event(UUID.randomUUID().toString(), "/events-service", "event.updated");
        UUID note = UUID.randomUUID();
        AtomicInteger attempts = new AtomicInteger();
        assertTrue(consumer.apply("commons-test", record, e -> {
            book.write(note, "försök " + attempts.get(), List.of(), false);
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException("a lock timeout, say");
            }
        }));
        assertEquals(3, attempts.get());
        assertEquals(1, book.count("note", note));
        assertFalse(consumer.apply("commons-test", record, e -> attempts.incrementAndGet()));
        assertEquals(3, attempts.get());
    }

    @Test
    void anEffectThatKeepsFailingIsGivenUpAfterFiveAttemptsAndCanBeAppliedLater() {
        String record = event(UUID.randomUUID().toString(), "/events-service", "event.cancelled");
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> consumer.apply("commons-test", record, e -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("a bug");
        }));
        assertEquals(5, attempts.get());
        // nothing recorded it as applied: once the bug is fixed, the dead-lettered record can be replayed
        assertTrue(consumer.apply("commons-test", record, e -> attempts.incrementAndGet()));
    }

    @Test
    void anEventFromASourceThatDoesNotOwnItsTypeIsIgnored() {
        String record = event(UUID.randomUUID().toString(), "/participants-service", "event.updated");
        AtomicInteger applied = new AtomicInteger();
        assertFalse(consumer.apply("commons-test", record, e -> applied.incrementAndGet()));
        assertEquals(0, applied.get());
    }

    @Test
    void aRecordThatIsNoCloudEventIsPoisonAtOnce() {
        AtomicInteger applied = new AtomicInteger();
        assertThrows(PoisonMessageException.class, () -> consumer.apply("commons-test", "inte json", e -> applied.incrementAndGet()));
        assertThrows(PoisonMessageException.class, () -> consumer.apply("commons-test",
                "{\"specversion\":\"0.3\",\"id\":\"x\",\"source\":\"/events-service\",\"type\":\"event.published\",\"data\":{}}",
                e -> applied.incrementAndGet()));
        assertEquals(0, applied.get());
    }

    @Test
    void dataWithoutWhatTheConsumerNeedsIsPoison() {
        record Title(String title, Integer capacity) {
        }
        String record = event(UUID.randomUUID().toString(), "/events-service", "event.published");
        assertThrows(PoisonMessageException.class, () -> consumer.apply("commons-test", record, "event.", Title.class,
                t -> t.capacity() != null, (e, t) -> {
                }));
        List<String> seen = new java.util.ArrayList<>();
        assertTrue(consumer.apply("commons-test-titles", record, "event.", Title.class, t -> t.title() != null,
                (e, t) -> seen.add(t.title())));
        assertEquals(List.of("Ledardag för socialchefer i Skåne"), seen);
    }

    @Test
    void anEventNoRouteTakesIsSkippedWithoutATransactionOrARecordOfIt() {
        // events-service reads leadership.workshops.v1 for workshop.completed; every rating's aggregate is also there
        String record = event(UUID.randomUUID().toString(), "/scenario-service", "workshop.ratings-aggregated");
        record Outcome(String title) {
        }
        AtomicInteger applied = new AtomicInteger();
        assertFalse(consumer.apply("commons-test-outcomes", record, new IdempotentConsumer.Route<>("workshop.completed",
                Outcome.class, o -> true, (e, o) -> applied.incrementAndGet())));
        assertEquals(0, applied.get());
        // nothing recorded it as applied by that consumer: were it to take such events later, it would apply this one
        assertTrue(consumer.apply("commons-test-outcomes", record, e -> applied.incrementAndGet()));
        assertEquals(1, applied.get());
    }
}
