package se.rln.events.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.AsyncApiContract;
import se.rln.events.messaging.outbound.CohortSnapshot;
import se.rln.events.messaging.outbound.CohortType;
import se.rln.events.messaging.outbound.EventJournal;
import se.rln.events.messaging.outbound.EventSnapshot;
import se.rln.events.messaging.outbound.EventType;

/** The AsyncAPI document and what this service writes to its topic are one contract. */
class EventContractTest {

    @Test
    void everyEventTypeIsAMessageCarryingExactlyTheSnapshot() {
        Map<String, Class<? extends Record>> written = new java.util.HashMap<>(Arrays.stream(EventType.values())
                .collect(Collectors.toMap(EventType::type, t -> EventSnapshot.class)));
        Arrays.stream(CohortType.values()).forEach(t -> written.put(t.type(), CohortSnapshot.class));
        assertEquals(List.of(), AsyncApiContract.get().differences(EventJournal.TOPIC, written));
    }

    @Test
    void theCheckSeesAFieldTheDocumentLacks() {
        record Wider(String id, String somethingNew) {
        }
        Map<String, Class<? extends Record>> wider = new java.util.HashMap<>(Arrays.stream(EventType.values())
                .collect(Collectors.toMap(EventType::type, t -> Wider.class)));
        Arrays.stream(CohortType.values()).forEach(t -> wider.put(t.type(), Wider.class));
        List<String> problems = AsyncApiContract.get().differences(EventJournal.TOPIC, wider);
        assertEquals(EventType.values().length + CohortType.values().length, problems.size(), String.join("\n", problems));
        Function<String, Boolean> named = p -> p.contains("somethingNew");
        assertEquals(true, problems.stream().allMatch(named::apply));
    }
}
