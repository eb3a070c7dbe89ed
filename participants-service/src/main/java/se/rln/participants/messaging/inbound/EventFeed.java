package se.rln.participants.messaging.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.messaging.IdempotentConsumer;
import se.rln.participants.mapping.EventSnapshot;
import se.rln.participants.service.EventReplica;

/** Consumes {@code leadership.events.v1} into the event replicas, each CloudEvent once. */
@ApplicationScoped
public class EventFeed {

    static final String CONSUMER = "participants-service.events";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EventReplica replica;

    @Incoming("events")
    @Blocking
    public void onEvent(String record) {
        consumer.apply(CONSUMER, record, "event.", EventSnapshot.class,
                s -> s.id() != null && s.status() != null && s.startsAt() != null, (event, snapshot) -> replica.apply(snapshot));
    }
}
