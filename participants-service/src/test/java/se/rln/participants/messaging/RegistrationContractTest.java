package se.rln.participants.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.AsyncApiContract;
import se.rln.participants.messaging.outbound.ParticipantJournal;
import se.rln.participants.messaging.outbound.RegistrationChange;
import se.rln.participants.messaging.outbound.RegistrationEventType;
import se.rln.participants.messaging.outbound.RegistrationJournal;

/** The AsyncAPI document and what this service writes to its two topics are one contract. */
class RegistrationContractTest {

    @Test
    void everyRegistrationAndEnrolmentTypeIsAMessageCarryingExactlyTheChange() {
        Map<String, Class<? extends Record>> written = new java.util.HashMap<>(Arrays.stream(RegistrationEventType.values())
                .collect(Collectors.toMap(RegistrationEventType::type, t -> RegistrationChange.class)));
        Arrays.stream(se.rln.participants.messaging.outbound.EnrolmentEventType.values())
                .forEach(t -> written.put(t.type(), se.rln.participants.messaging.outbound.EnrolmentChange.class));
        assertEquals(List.of(), AsyncApiContract.get().differences(RegistrationJournal.TOPIC, written));
    }

    @Test
    void anErasureCarriesExactlyItsIds() {
        assertEquals(List.of(), AsyncApiContract.get().differences(ParticipantJournal.TOPIC,
                Map.of(ParticipantJournal.Type.ERASED.type(), ParticipantJournal.Erased.class)));
    }
}
