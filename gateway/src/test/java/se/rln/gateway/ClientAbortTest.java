package se.rln.gateway;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
        int hangUps = 6;
        for (int i = 0; i < hangUps; i++) {
            try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("PUT /api/v1/events/" + UUID.randomUUID() + "/municipalities/0880/roster HTTP/1.1\r\n"
                        + "Host: localhost\r\nAuthorization: Bearer " + token + "\r\nContent-Type: text/csv\r\n"
                        + "Content-Length: 100000\r\n\r\nexternalId;givenName;familyName;email\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        }
        // enough hang-ups to open the breaker (3 calls, half failed) had they counted as failures
        Awaitility.await("the hang-ups seen as client aborts").atMost(Duration.ofSeconds(10))
                .until(() -> aborts() >= 3);
        assertEquals(CircuitBreaker.State.CLOSED, backends.get("participants").breaker().getState());
        assertEquals(0, backends.get("participants").breaker().getMetrics().getNumberOfFailedCalls());
        given().header("Authorization", "Bearer " + token).get("/api/v1/events/{id}/registrations", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    private double aborts() {
        var counter = metrics.find("gateway.client.aborts").tag("service", "participants").counter();
        return counter == null ? 0 : counter.count();
    }
}
