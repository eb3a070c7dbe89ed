package se.rln.commons.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.rln.commons.cloudevents.CloudEvent;

class EventSourcesTest {

    private static CloudEvent event(String source, String type) {
        return new CloudEvent("1.0", "id-1", source, type, "subject", null, "application/json", null);
    }

    @Test
    void eachTypeHasOneOwner() {
        assertEquals("/events-service", EventSources.ownerOf("event.updated"));
        assertEquals("/participants-service", EventSources.ownerOf("registration.confirmed"));
        assertEquals("/participants-service", EventSources.ownerOf("participant.erased"));
        assertEquals("/scenario-service", EventSources.ownerOf("workshop.completed"));
        assertNull(EventSources.ownerOf("invoice.paid"));
        assertNull(EventSources.ownerOf(null));
    }

    @Test
    void onlyTheOwnerIsBelieved() {
        assertTrue(EventSources.fromOwner(event("/events-service", "event.updated")));
        assertFalse(EventSources.fromOwner(event("/scenario-service", "event.updated")));
        assertFalse(EventSources.fromOwner(event("/some-pod", "workshop.completed")));
        assertFalse(EventSources.fromOwner(event(null, "event.updated")));
        assertFalse(EventSources.fromOwner(event("/events-service", "eventually")));
    }
}
