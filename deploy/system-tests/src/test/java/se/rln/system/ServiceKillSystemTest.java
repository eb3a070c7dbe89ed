package se.rln.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.ServiceInstance;

/**
 * participants-service killed with SIGKILL under registration load and started again: requests
 * meanwhile get 503 from the gateway (nothing acknowledged), every acknowledged registration
 * survives, its outbox drains and events-service catches up exactly.
 */
class ServiceKillSystemTest {

    @Test
    void aKilledServiceLosesNoAcknowledgedWrite() throws Exception {
        RegistrationLoad load = RegistrationLoad.onNewDay("Chefsdag med krasch", java.util.List.of("0180", "1480", "0380"));
        ServiceInstance participants = Suite.service("participants-service");
        load.run(Duration.ofSeconds(25), () -> {
            org.awaitility.Awaitility.await("load under way").atMost(Duration.ofSeconds(10))
                    .until(() -> load.accepted.size() >= 20);
            participants.kill();
            participants.restart();
        });
        assertTrue(load.accepted.size() >= 20, "acknowledged: " + load.accepted.size());
        assertTrue(load.refusals.stream().allMatch(s -> s == 503 || s == 504 || s == 429 || s == 0),
                "refusals while the service was away: " + load.refusals);
        load.assertNothingLost();
    }
}
