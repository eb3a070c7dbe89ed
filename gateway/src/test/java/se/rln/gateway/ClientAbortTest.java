package se.rln.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.gateway.edge.Backends;

/**
 * Clients that hang up in the middle of a request (a closed tab, a load generator stopping) are
 * counted as aborts, not as failures of the service: its circuit breaker stays closed and the
 * next client is served.
 */
@QuarkusTest
class ClientAbortTest {

    @TestHTTPResource("/")
    URL gateway;

    @Inject
    Backends backends;

    @Inject
    MeterRegistry metrics;

    @Test
    void clientsHangingUpMidUploadDoNotTripTheServicesBreaker() throws Exception {
        String token = TestTokens.municipality("0880");
        // Enough hang-ups reaching the service to open its breaker (3 calls, half failed) had they counted as failures.
        // One that the gateway sees before it has forwarded the request never reaches the service and is neither, so
        // the client hangs up again until three were seen mid-request (on a busy machine not every one is).
        Awaitility.await("three hang-ups seen as client aborts").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(() -> {
                    hangUp(token);
                    return aborts() >= 3;
                });
        assertEquals(CircuitBreaker.State.CLOSED, backends.get("participants").breaker().getState());
        assertEquals(0, backends.get("participants").breaker().getMetrics().getNumberOfFailedCalls());
        given().header("Authorization", "Bearer " + token).get("/api/v1/events/{id}/registrations", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    /** Sends a roster upload's headers and its first line of 100 000 bytes, then closes the connection. */
    private void hangUp(String token) throws IOException {
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("PUT /api/v1/events/" + UUID.randomUUID() + "/municipalities/0880/roster HTTP/1.1\r\n"
                    + "Host: localhost\r\nAuthorization: Bearer " + token + "\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: 100000\r\n\r\nexternalId;givenName;familyName;email\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private double aborts() {
        var counter = metrics.find("gateway.client.aborts").tag("service", "participants").counter();
        return counter == null ? 0 : counter.count();
    }
}
