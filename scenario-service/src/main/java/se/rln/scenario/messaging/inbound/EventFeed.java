package se.rln.scenario.messaging.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.messaging.IdempotentConsumer;
import se.rln.scenario.model.EventReplica;
import se.rln.scenario.model.EventStatus;
import se.rln.scenario.repository.EventReplicaRepository;
import se.rln.scenario.service.WorkshopService;

/**
 * Consumes {@code leadership.events.v1}: keeps each event's organisers, creates the workshop of
 * every scenario-cross session once the event is published (once per session, however often
 * it is published), and stops the workshops of a cancelled event.
 */
@ApplicationScoped
public class EventFeed {

    static final String CONSUMER = "scenario-service.events";
    static final String WORKSHOP_SESSION = "SCENARIO_CROSS_WORKSHOP";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EventReplicaRepository events;

    @Inject
    WorkshopService workshops;

    @Incoming("events")
    @Blocking
    public void onEvent(String record) {
        consumer.apply(CONSUMER, record, "event.", EventSnapshot.class, s -> s.id() != null && s.status() != null,
                (event, s) -> apply(s));
    }

    private void apply(EventSnapshot s) {
        EventReplica replica = events.lock(s.id());
        if (s.version() <= replica.version) {
            return;
        }
        replica.version = s.version();
        replica.title = s.title();
        replica.status = s.status();
        List<UUID> organisers = new ArrayList<>();
        if (s.hostOrganisationId() != null) {
            organisers.add(s.hostOrganisationId());
        }
        if (s.coHostOrganisationIds() != null) {
            s.coHostOrganisationIds().stream().filter(o -> !organisers.contains(o)).forEach(organisers::add);
        }
        replica.organisers = organisers;
        workshops.organisersChanged(replica);
        if (s.status() == EventStatus.CANCELLED) {
            workshops.cancelForEvent(s.id());
        } else if (s.status() != EventStatus.DRAFT && s.sessions() != null) {
            s.sessions().stream().filter(session -> WORKSHOP_SESSION.equals(session.kind()) && session.id() != null)
                    .forEach(session -> workshops.ensureForSession(replica, session.id(), session.title()));
        }
    }
}
