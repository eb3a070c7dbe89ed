package se.rln.scenario.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Viewers of a workshop on one instance: their pace, reconnecting with Last-Event-ID, frames gathered in a window, idle rooms. */
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

    private static List<String> ids(AssertSubscriber<LiveFrames> viewer) {
        return viewer.getItems().stream().flatMap(f -> f.events().stream()).map(e -> e.id() == null ? e.type() : e.id())
                .toList();
    }

    @Test
    void aViewerThatHasNotAskedForMoreStillGetsEveryChangeInOrderWhenItCatchesUp() {
        LiveHub hub = hub();
        UUID workshop = UUID.randomUUID();
        AssertSubscriber<LiveFrames> slow = hub.stream(workshop, "slow", null).subscribe()
                .withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<LiveFrames> fast = hub.stream(workshop, "fast", null).subscribe()
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
        AssertSubscriber<LiveFrames> phone = hub.stream(workshop, "phone", null).subscribe()
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
        AssertSubscriber<LiveFrames> again = hub.stream(workshop, "phone", "e9").subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        room.join(TimeUnit.SECONDS.toMillis(10));
        assertEquals(ids(10, 400), ids(again), "every change after e9 once, in order, however the reconnect fell");
    }

    @Test
    void aViewerWhoseLastChangeIsNoLongerKeptIsToldToReload() {
        LiveHub hub = hub();
        UUID workshop = UUID.randomUUID();
        IntStream.range(0, LiveHub.REPLAY + 5).forEach(i -> hub.publish(workshop, change(i)));
        AssertSubscriber<LiveFrames> late = hub.stream(workshop, "late", "e2").subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        hub.publish(workshop, change(9999));
        assertEquals(List.of(LiveHub.RESYNC, "e9999"), ids(late));
        AssertSubscriber<LiveFrames> kept = hub.stream(workshop, "kept", "e" + (LiveHub.REPLAY + 2)).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        assertEquals(List.of("e" + (LiveHub.REPLAY + 3), "e" + (LiveHub.REPLAY + 4), "e9999"), ids(kept));
    }

    @Test
    void aRoomNobodyWatchesOrChangesIsDropped() {
        LiveHub hub = hub();
        UUID watched = UUID.randomUUID();
        UUID finished = UUID.randomUUID();
        hub.publish(finished, change(1));
        AssertSubscriber<LiveFrames> viewer = hub.stream(watched, "projector", null).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        hub.idleRoom = Duration.ofSeconds(-1); // every room is idle from now on
        hub.dropIdleRooms();
        assertEquals(1, hub.rooms(), "the watched room stays");
        viewer.cancel();
        hub.dropIdleRooms();
        assertEquals(0, hub.rooms());
    }

    @Test
    void changesWithinTheWindowGoOutTogetherEncodedOnceForEveryViewerAndAReconnectGetsEachOnce() {
        LiveHub hub = hub();
        hub.coalesceWindow = Duration.ofMillis(300);
        UUID workshop = UUID.randomUUID();
        AssertSubscriber<LiveFrames> projector = hub.stream(workshop, "projector", null).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        AssertSubscriber<LiveFrames> phone = hub.stream(workshop, "phone", null).subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        hub.publish(workshop, change(0));
        assertEquals(ids(0, 1), ids(projector), "the first change after a quiet spell goes out at once");
        IntStream.range(1, 5).forEach(i -> hub.publish(workshop, change(i)));
        assertEquals(1, projector.getItems().size(), "the next ones wait for the window to end");
        // a viewer back with its last id meanwhile: what is written is replayed, what waits comes with the rest
        AssertSubscriber<LiveFrames> back = hub.stream(workshop, "laptop", "e0").subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        assertEquals(List.of(), ids(back));

        await().atMost(Duration.ofSeconds(5)).until(() -> projector.getItems().size() == 2 && phone.getItems().size() == 2
                && back.getItems().size() == 1);
        assertEquals(ids(0, 5), ids(projector));
        assertEquals(ids(0, 5), ids(phone));
        assertEquals(ids(1, 5), ids(back), "each change once");
        LiveFrames together = projector.getItems().get(1);
        assertSame(together, phone.getItems().get(1), "encoded once, the same bytes for every viewer");
        assertEquals("id: e1\nevent: workshop.ratings-aggregated\ndata: {\"n\":1}\n\n"
                + "id: e2\nevent: workshop.ratings-aggregated\ndata: {\"n\":2}\n\n"
                + "id: e3\nevent: workshop.ratings-aggregated\ndata: {\"n\":3}\n\n"
                + "id: e4\nevent: workshop.ratings-aggregated\ndata: {\"n\":4}\n\n", together.bytes().toString());
    }

    @Test
    void aFrameKeepsEachLineOfDataAsItsOwnDataLineAndIdsAndNamesOnTheirLine() {
        assertEquals("id: a b\nevent: workshop.note\ndata: {\"text\":\ndata: \"två rader, å ä ö\"}\n\n",
                LiveFrames.frame("a\nb", "workshop.note", "{\"text\":\n\"två rader, å ä ö\"}").toString());
        assertEquals("event: workshop.connected\ndata: {}\n\n", LiveFrames.frame(null, "workshop.connected", "{}").toString());
        assertEquals(": keep-alive\n\n", LiveFrames.comment("keep-alive").toString());
    }
}
