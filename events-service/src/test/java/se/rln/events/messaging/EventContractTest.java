package se.rln.events.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.AsyncApiContract;
import se.rln.events.messaging.outbound.EventJournal;
import se.rln.events.messaging.outbound.EventSnapshot;
import se.rln.events.messaging.outbound.EventType;

/** The AsyncAPI document and what this service writes to its topic are one contract. */
class EventContractTest {

    @Test
    void everyEventTypeIsAMessageCarryingExactlyTheSnapshot() {
        Map<String, Class<? extends Record>> written = Arrays.stream(EventType.values())
                .collect(Collectors.toMap(EventType::type, t -> EventSnapshot.class));
        assertEquals(List.of(), AsyncApiContract.get().differences(EventJournal.TOPIC, written));
    }

    @Test
    void theCheckSeesAFieldTheDocumentLacks() {
        record Wider(String id, String somethingNew) {
        }
        List<String> problems = AsyncApiContract.get().differences(EventJournal.TOPIC, Arrays.stream(EventType.values())
                .collect(Collectors.toMap(EventType::type, t -> Wider.class)));
        assertEquals(EventType.values().length, problems.size(), String.join("\n", problems));
        Function<String, Boolean> named = p -> p.contains("somethingNew");
        assertEquals(true, problems.stream().allMatch(named::apply));
    }
}
