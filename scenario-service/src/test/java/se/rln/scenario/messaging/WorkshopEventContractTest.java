package se.rln.scenario.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.AsyncApiContract;
import se.rln.scenario.messaging.outbound.WorkshopEvent;
import se.rln.scenario.messaging.outbound.WorkshopJournal;

/**
 * The published AsyncAPI document and the types this service writes to its topic are the same
 * contract: one message per {@link WorkshopEvent} type, named by its CloudEvent type, whose
 * {@code data} has exactly the record's components.
 */
class WorkshopEventContractTest {

    private static final List<Class<?>> TYPES = Arrays.stream(WorkshopEvent.class.getPermittedSubclasses()).toList();

    @Test
    void everyEventTypeIsOneMessageCarryingExactlyItsRecordsFields() throws Exception {
        Map<String, Class<? extends Record>> written = new TreeMap<>();
        for (Class<?> type : TYPES) {
            written.put(typeOf(type), type.asSubclass(Record.class));
        }
        assertEquals(List.of(), AsyncApiContract.get().differences(WorkshopJournal.TOPIC, written));
    }

    /** The CloudEvent type a record declares (its {@code type()}), from an instance with nulls and zeros. */
    private static String typeOf(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] params = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            params[i] = components[i].getType();
            args[i] = params[i] == long.class ? 0L : params[i] == int.class ? 0 : params[i] == boolean.class ? false : null;
        }
        return ((WorkshopEvent) type.getDeclaredConstructor(params).newInstance(args)).type();
    }
}
