package se.rln.scenario.messaging.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.cloudevents.CloudEvent;

class LiveFeedTest {

    @Test
    void onlyAChangeWhoseSubjectIsAWorkshopIdIsStreamed() {
        UUID workshop = UUID.randomUUID();
        assertEquals(Optional.of(workshop), LiveFeed.workshopOf(about(workshop.toString())));
        assertEquals(Optional.empty(), LiveFeed.workshopOf(about(null)));
        assertEquals(Optional.empty(), LiveFeed.workshopOf(about("workshop-of-malmö")));
    }

    private static CloudEvent about(String subject) {
        return new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/scenario-service",
                "workshop.phase-changed", subject, java.time.OffsetDateTime.now(), "application/json", null);
    }
}
