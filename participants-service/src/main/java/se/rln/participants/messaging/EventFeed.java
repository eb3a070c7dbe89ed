package se.rln.participants.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.cloudevents.CloudEventReader;
import se.rln.commons.messaging.IdempotentConsumer;
import se.rln.commons.messaging.PoisonMessageException;
import se.rln.participants.service.EventReplica;

/** Consumes {@code leadership.events.v1} into the event replicas, each CloudEvent once. */
@ApplicationScoped
public class EventFeed {

    static final String CONSUMER = "participants-service.events";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    CloudEventReader reader;

    @Inject
    EventReplica replica;

    @Incoming("events")
    @Blocking
    public void onEvent(String record) {
        consumer.apply(CONSUMER, record, event -> {
            if (!event.type().startsWith("event.")) {
                return;
            }
            EventSnapshot snapshot = reader.data(event, EventSnapshot.class);
            if (snapshot.id() == null || snapshot.status() == null || snapshot.startsAt() == null) {
                throw new PoisonMessageException(event.type() + " " + event.id() + " lacks id, status or times");
            }
            replica.apply(snapshot);
        });
    }
}
