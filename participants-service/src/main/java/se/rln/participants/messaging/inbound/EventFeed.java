package se.rln.participants.messaging.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.messaging.IdempotentConsumer;
import se.rln.participants.mapping.CohortSnapshot;
import se.rln.participants.mapping.EventSnapshot;
import se.rln.participants.service.CohortReplica;
import se.rln.participants.service.EventReplica;

/** Consumes {@code leadership.events.v1} into the event and cohort replicas, each CloudEvent once. */
@ApplicationScoped
public class EventFeed {

    static final String CONSUMER = "participants-service.events";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EventReplica replica;

    @Inject
    CohortReplica cohorts;

    @Incoming("events")
    @Blocking
    public void onEvent(String record) {
        consumer.apply(CONSUMER, record,
                new IdempotentConsumer.Route<>("event.", EventSnapshot.class,
                        s -> s.id() != null && s.status() != null && s.startsAt() != null,
                        (event, snapshot) -> replica.apply(snapshot)),
                new IdempotentConsumer.Route<>("cohort.", CohortSnapshot.class,
                        s -> s.id() != null && s.programmeId() != null && s.ownerOrganisationId() != null && s.name() != null,
                        (event, snapshot) -> cohorts.apply(snapshot, event.type().equals("cohort.deleted"))));
    }
}
