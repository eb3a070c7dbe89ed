package se.rln.gateway.health;

import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import se.rln.gateway.GatewayConfig;
import se.rln.gateway.edge.Backends;

/**
 * The services' readiness, in {@code /q/health} (a wellness check: it does not make the gateway
 * itself unready, so one service down does not take the front door down for the others).
 */
@Wellness
@ApplicationScoped
public class ServicesHealth implements HealthCheck {

    @Inject
    GatewayConfig config;

    @Inject
    Backends backends;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("services").up();
        config.services().forEach((name, service) -> {
            String state = ready(service.url()) ? "UP" : "DOWN";
            b.withData(name + "-service", state + " (circuit " + backends.get(name).breaker().getState() + ")");
            if (state.equals("DOWN")) {
                b.down();
            }
        });
        return b.build();
    }

    private boolean ready(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(1)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
