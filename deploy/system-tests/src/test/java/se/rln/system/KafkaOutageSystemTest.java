package se.rln.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Kafka broker stopped for 60 s while registrations keep coming through the gateway: every
 * accepted registration is kept, every change reaches Kafka once the broker is back (the
 * outbox), and events-service applies each once — its statistics end equal to
 * participants-service's ledger.
 */
class KafkaOutageSystemTest {

    @Test
    void sixtySecondsWithoutKafkaLoseNothingAndApplyNothingTwice() throws Exception {
        RegistrationLoad load = RegistrationLoad.onNewDay("Chefsdag under avbrott", List.of("0127", "1960", "2181"));
        Suite.stopKafka();
        try {
            load.run(Duration.ofSeconds(60), () -> { });
        } finally {
            Suite.startKafka();
        }
        assertEquals(List.of(), load.refusals.stream().filter(s -> s != 429).toList(),
                "writes go on while Kafka is away (429: the clients' rate limits, nothing written)");
        assertTrue(load.accepted.size() >= 30, "registrations during the outage: " + load.accepted.size());
        load.assertNothingLost();
        assertEquals(load.accepted.size(), load.storedCount(), "without a crash, stored = acknowledged");
    }
}
