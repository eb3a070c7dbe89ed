package se.rln.scenario.messaging.inbound;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.messaging.IdempotentBatches;
import se.rln.scenario.service.MembershipService;

/** Consumes {@code leadership.registrations.v1}: who holds a seat becomes a member of the event's workshops. */
@ApplicationScoped
public class RegistrationFeed {

    static final String CONSUMER = "scenario-service.registrations";

    @Inject
    IdempotentBatches consumer;

    @Inject
    MembershipService membership;

    /** What this service reads of a registration change. */
    public record Change(UUID eventId, long version, UUID participantId, String municipalityCode, String status) {
    }

    /** A poll's registration changes, applied in one transaction (a rush on an event is hundreds a second). */
    @Incoming("registrations")
    @Blocking
    public CompletionStage<Void> onRegistrations(KafkaRecordBatch<String, String> records) {
        return consumer.apply(CONSUMER, records, "registration.", Change.class,
                c -> c.eventId() != null && c.participantId() != null && c.status() != null,
                (event, c) -> membership.registrationChanged(c.eventId(), c.participantId(), c.municipalityCode(), c.status(),
                        c.version()));
    }
}
