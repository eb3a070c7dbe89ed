package se.rln.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The suite's PostgreSQL stopped (open sessions terminated) and started again while municipal
 * clients keep registering through the gateway: meanwhile they are told 503 problem+json at
 * once rather than left hanging; afterwards the same service processes accept writes again
 * without a restart, no acknowledged registration is lost, and the consumers that waited for the
 * database apply every change once.
 */
class PostgresRestartSystemTest {

    @Test
    void servicesRideOutADatabaseRestartAndClientsAreToldWhy() throws Exception {
        RegistrationLoad load = RegistrationLoad.onNewDay("Chefsdag med databasomstart", List.of("0580", "1880", "2480"));
        load.run(Duration.ofSeconds(45), () -> {
            Awaitility.await("registrations before the restart").atMost(Duration.ofSeconds(20))
                    .until(() -> load.accepted.size() >= 10);
            Suite.stopPostgres();
            try {
                Awaitility.await("clients told, again and again, that the database is away")
                        .atMost(Duration.ofSeconds(30)).until(() -> unavailable(load) >= 30);
            } finally {
                Suite.startPostgres();
            }
            int atRestart = load.accepted.size();
            long restarted = System.nanoTime();
            Awaitility.await("registrations accepted again by the same processes").atMost(Duration.ofSeconds(30))
                    .until(() -> load.accepted.size() >= atRestart + 10);
            System.out.printf("PostgreSQL restart: %d × 503 while away, 10 registrations accepted again %d ms after the start%n",
                    unavailable(load), (System.nanoTime() - restarted) / 1_000_000);
        });
        assertEquals(List.of(), load.refusalTypes.stream()
                .filter(r -> !r.equals("503 application/problem+json") && !r.equals("429 application/problem+json")).toList(),
                "every refusal is a problem: 503 while the database is away, 429 from the clients' rate limits");
        assertTrue(load.slowestMillis.get() < 10_000, "no client waited long: slowest answer " + load.slowestMillis + " ms");
        load.assertNothingLost();
    }

    private static long unavailable(RegistrationLoad load) {
        return load.refusals.stream().filter(status -> status == 503).count();
    }
}
