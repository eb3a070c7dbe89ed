package se.rln.scenario.messaging.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.messaging.IdempotentConsumer;
import se.rln.scenario.service.MembershipService;

/** Consumes {@code leadership.registrations.v1}: who holds a seat becomes a member of the event's workshops. */
@ApplicationScoped
public class RegistrationFeed {

    static final String CONSUMER = "scenario-service.registrations";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    MembershipService membership;

    /** What this service reads of a registration change. */
    public record Change(UUID eventId, long version, UUID participantId, String municipalityCode, String status) {
    }

    @Incoming("registrations")
    @Blocking
    public void onRegistration(String record) {
        consumer.apply(CONSUMER, record, "registration.", Change.class,
                c -> c.eventId() != null && c.participantId() != null && c.status() != null,
                (event, c) -> membership.registrationChanged(c.eventId(), c.participantId(), c.municipalityCode(), c.status(),
                        c.version()));
    }
}
