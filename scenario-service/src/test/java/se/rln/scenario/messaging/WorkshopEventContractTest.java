package se.rln.scenario.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
    void everyEventTypeIsOneMessageOfTheTopicAndNoOtherIs() throws Exception {
        Set<String> types = new TreeSet<>();
        for (Class<?> type : TYPES) {
            types.add(typeOf(type));
        }
        assertEquals(types, new TreeSet<>(AsyncApiContract.get().messageNames(WorkshopJournal.TOPIC)));
    }

    @Test
    void everyMessageCarriesExactlyItsRecordsFields() throws Exception {
        for (Class<?> type : TYPES) {
            Set<String> components = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(components, AsyncApiContract.get().dataProperties(WorkshopJournal.TOPIC, typeOf(type)),
                    typeOf(type) + " (" + type.getSimpleName() + ")");
        }
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
