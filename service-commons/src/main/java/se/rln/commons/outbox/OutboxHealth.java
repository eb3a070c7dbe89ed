package se.rln.commons.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Reports the outbox backlog and the relay's last error. Stays UP while Kafka is away:
 * writes keep being accepted and are published when it is back.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("outbox").up()
                .withData("backlog", relay.backlog())
                .withData("lastSuccess", relay.lastSuccess().toString());
        if (relay.lastError() != null) {
            builder.withData("lastError", relay.lastError());
        }
        return builder.build();
    }
}
