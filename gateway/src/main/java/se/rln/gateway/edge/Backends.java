package se.rln.gateway.edge;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import se.rln.gateway.GatewayConfig;

/**
 * The services behind the gateway: where they are, and a circuit breaker each. A backend that
 * refuses connections or times out repeatedly is not tried for a few seconds (503 at once),
 * then a few trial requests decide whether traffic flows again.
 */
@ApplicationScoped
public class Backends {

    /** One service: its address and breaker. */
    public record Backend(String name, SocketAddress address, CircuitBreaker breaker) {
    }

    private final Map<String, Backend> backends = new TreeMap<>();

    @Inject
    public Backends(GatewayConfig config) {
        CircuitBreakerConfig breakers = CircuitBreakerConfig.custom().slidingWindowSize(10).minimumNumberOfCalls(3)
                .failureRateThreshold(50).waitDurationInOpenState(Duration.ofSeconds(2))
                .permittedNumberOfCallsInHalfOpenState(2).automaticTransitionFromOpenToHalfOpenEnabled(false).build();
        config.services().forEach((name, service) -> {
            URI url = URI.create(service.url());
            int port = url.getPort() > 0 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
            backends.put(name, new Backend(name, SocketAddress.inetSocketAddress(port, url.getHost()),
                    CircuitBreaker.of(name, breakers)));
        });
    }

    public Backend get(String name) {
        Backend b = backends.get(name);
        if (b == null) {
            throw new IllegalStateException("no backend configured for service " + name);
        }
        return b;
    }

    public Map<String, Backend> all() {
        return backends;
    }
}
