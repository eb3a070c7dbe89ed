package se.rln.scenario.messaging.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.messaging.IdempotentConsumer;
import se.rln.scenario.service.MembershipService;

/** Consumes {@code leadership.participants.v1}: an erased person's name disappears; their input stays, anonymous. */
@ApplicationScoped
public class ParticipantFeed {

    static final String CONSUMER = "scenario-service.participants";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    MembershipService membership;

    /** What this service reads of {@code participant.erased}. */
    public record Erased(UUID participantId) {
    }

    @Incoming("participants")
    @Blocking
    public void onParticipant(String record) {
        consumer.apply(CONSUMER, record, "participant.erased", Erased.class, e -> e.participantId() != null,
                (event, erased) -> membership.erase(erased.participantId()));
    }
}
