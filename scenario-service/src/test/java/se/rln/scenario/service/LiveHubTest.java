package se.rln.scenario.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A viewer that reads slower than the room changes falls behind, but is not cut off. */
class LiveHubTest {

    @Test
    void aViewerThatHasNotAskedForMoreStillGetsEveryChangeInOrderWhenItCatchesUp() {
        LiveHub hub = new LiveHub();
        UUID workshop = UUID.randomUUID();
        AssertSubscriber<LiveHub.LiveEvent> slow = hub.stream(workshop).subscribe().withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<LiveHub.LiveEvent> fast = hub.stream(workshop).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        IntStream.range(0, 500).forEach(i -> hub.publish(workshop, new LiveHub.LiveEvent("e" + i,
                "workshop.ratings-aggregated", "{\"n\":" + i + "}")));
        slow.assertNotTerminated();
        slow.request(500);
        List<String> ids = IntStream.range(0, 500).mapToObj(i -> "e" + i).toList();
        assertEquals(ids, slow.getItems().stream().map(LiveHub.LiveEvent::id).toList());
        assertEquals(ids, fast.getItems().stream().map(LiveHub.LiveEvent::id).toList());
        slow.assertNotTerminated();
    }
}
