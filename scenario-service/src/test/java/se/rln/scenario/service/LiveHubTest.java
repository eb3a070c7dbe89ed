package se.rln.scenario.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Viewers of a workshop on one instance: their pace, reconnecting with Last-Event-ID, idle rooms. */
class LiveHubTest {

    private static LiveHub hub() {
        LiveHub hub = new LiveHub();
        hub.maxPerViewer = 5;
        hub.maxPerWorkshop = 2000;
        hub.idleRoom = Duration.ofHours(2);
        return hub;
    }

    private static LiveHub.LiveEvent change(int i) {
        return new LiveHub.LiveEvent("e" + i, "workshop.ratings-aggregated", "{\"n\":" + i + "}");
    }

    private static List<String> ids(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "e" + i).toList();
    }

    private static List<String> ids(AssertSubscriber<LiveHub.LiveEvent> viewer) {
        return viewer.getItems().stream().map(e -> e.id() == null ? e.type() : e.id()).toList();
    }

    @Test
    void aViewerThatHasNotAskedForMoreStillGetsEveryChangeInOrderWhenItCatchesUp() {
        LiveHub hub = hub();
        UUID workshop = UUID.randomUUID();
        AssertSubscriber<LiveHub.LiveEvent> slow = hub.stream(workshop, "slow", null).subscribe()
                .withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<LiveHub.LiveEvent> fast = hub.stream(workshop, "fast", null).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        IntStream.range(0, 500).forEach(i -> hub.publish(workshop, change(i)));
        slow.assertNotTerminated();
        slow.request(500);
        assertEquals(ids(0, 500), ids(slow));
        assertEquals(ids(0, 500), ids(fast));
        slow.assertNotTerminated();
    }

    @Test
    void aViewerReconnectingWithItsLastIdGetsWhatItMissedThenTheLiveChanges() throws Exception {
        LiveHub hub = hub();
        UUID workshop = UUID.randomUUID();
        AssertSubscriber<LiveHub.LiveEvent> phone = hub.stream(workshop, "phone", null).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        IntStream.range(0, 10).forEach(i -> hub.publish(workshop, change(i)));
        phone.cancel(); // the Wi-Fi is gone
        assertEquals(0, hub.open(workshop));
        IntStream.range(10, 25).forEach(i -> hub.publish(workshop, change(i)));

        // back, while the room keeps changing on another thread
        CountDownLatch started = new CountDownLatch(1);
        Thread room = new Thread(() -> {
            started.countDown();
            IntStream.range(25, 400).forEach(i -> hub.publish(workshop, change(i)));
        });
        room.start();
        started.await();
        AssertSubscriber<LiveHub.LiveEvent> again = hub.stream(workshop, "phone", "e9").subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        room.join(TimeUnit.SECONDS.toMillis(10));
        assertEquals(ids(10, 400), ids(again), "every change after e9 once, in order, however the reconnect fell");
    }

    @Test
    void aViewerWhoseLastChangeIsNoLongerKeptIsToldToReload() {
        LiveHub hub = hub();
        UUID workshop = UUID.randomUUID();
        IntStream.range(0, LiveHub.REPLAY + 5).forEach(i -> hub.publish(workshop, change(i)));
        AssertSubscriber<LiveHub.LiveEvent> late = hub.stream(workshop, "late", "e2").subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        hub.publish(workshop, change(9999));
        assertEquals(List.of(LiveHub.RESYNC, "e9999"), ids(late));
        AssertSubscriber<LiveHub.LiveEvent> kept = hub.stream(workshop, "kept", "e" + (LiveHub.REPLAY + 2)).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        assertEquals(List.of("e" + (LiveHub.REPLAY + 3), "e" + (LiveHub.REPLAY + 4), "e9999"), ids(kept));
    }

    @Test
    void aRoomNobodyWatchesOrChangesIsDropped() {
        LiveHub hub = hub();
        UUID watched = UUID.randomUUID();
        UUID finished = UUID.randomUUID();
        hub.publish(finished, change(1));
        AssertSubscriber<LiveHub.LiveEvent> viewer = hub.stream(watched, "projector", null).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        hub.idleRoom = Duration.ofSeconds(-1); // every room is idle from now on
        hub.dropIdleRooms();
        assertEquals(1, hub.rooms(), "the watched room stays");
        viewer.cancel();
        hub.dropIdleRooms();
        assertEquals(0, hub.rooms());
    }
}
