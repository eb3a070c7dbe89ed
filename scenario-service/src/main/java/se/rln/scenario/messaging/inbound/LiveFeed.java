package se.rln.scenario.messaging.inbound;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.cloudevents.CloudEvent;
import se.rln.commons.cloudevents.CloudEventReader;
import se.rln.commons.messaging.EventSources;
import se.rln.commons.messaging.PoisonMessageException;
import se.rln.scenario.service.LiveHub;

/**
 * Every instance reads all of {@code leadership.workshops.v1} in a consumer group of its own
 * (see application.properties) and hands each change to its local SSE clients. Nothing is
 * stored, so nothing needs to be applied once: a live view that misses a change reloads.
 */
@ApplicationScoped
public class LiveFeed {

    @Inject
    CloudEventReader reader;

    @Inject
    LiveHub hub;

    @Incoming("live")
    public void onChange(String record) {
        CloudEvent event;
        try {
            event = reader.read(record);
        } catch (PoisonMessageException e) {
            Log.debugf("not a CloudEvent, not streamed: %s", e.getMessage());
            return;
        }
        if (!EventSources.fromOwner(event)) {
            Log.warnf("not streamed: %s %s from %s, which does not own that type", event.type(), event.id(), event.source());
            return;
        }
        Optional<UUID> workshop = workshopOf(event);
        if (workshop.isEmpty() || event.data() == null) {
            Log.debugf("not a workshop change (no workshop id as subject, or no data), not streamed: %s", event.id());
            return;
        }
        hub.publish(workshop.get(), new LiveHub.LiveEvent(event.id(), event.type(), event.data().toString()));
    }

    /** The workshop a change is about: its CloudEvent subject, when that is an id. */
    static Optional<UUID> workshopOf(CloudEvent event) {
        if (event.subject() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(event.subject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
