package se.rln.commons.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Event ids recorded on a real database, one at a time and a poll's worth in one statement. */
@QuarkusTest
class ProcessedEventsTest {

    @Inject
    ProcessedEvents processed;

    @Test
    void aPollsIdsAreNewOnceEachEvenWhenOneIsGivenTwice() {
        String consumer = "commons-test-" + UUID.randomUUID();
        String seen = "seen-" + UUID.randomUUID();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery(consumer, seen)));
        Set<String> fresh = QuarkusTransaction.requiringNew().call(() -> processed.firstDeliveries(consumer,
                List.of("a-ledardag", seen, "b-scenariokorset", "a-ledardag")));
        assertEquals(Set.of("a-ledardag", "b-scenariokorset"), fresh);
        assertEquals(Set.of(), QuarkusTransaction.requiringNew().call(() -> processed.firstDeliveries(consumer,
                List.of("a-ledardag", "b-scenariokorset"))), "a redelivered poll is not new");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> processed.firstDelivery(consumer, "a-ledardag")));
        assertEquals(Set.of("a-ledardag"), QuarkusTransaction.requiringNew().call(() -> processed.firstDeliveries(
                "another-" + consumer, List.of("a-ledardag"))), "each consumer for itself");
    }

    @Test
    void aRolledBackPollRecordsNothing() {
        String consumer = "commons-test-" + UUID.randomUUID();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                processed.firstDeliveries(consumer, List.of("x", "y"));
                throw new IllegalStateException("the effect failed");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }
        assertEquals(Set.of("x", "y"), QuarkusTransaction.requiringNew().call(() -> processed.firstDeliveries(consumer,
                List.of("x", "y"))));
    }
}
