package se.rln.scenario.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.queues.Queues;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.rln.commons.problem.ProblemException;

/**
 * This instance's live streams, fed from {@code leadership.workshops.v1} (every instance reads
 * every record), so a change made on any instance reaches the SSE clients of all of them.
 *
 * <p>Each workshop is a room: its viewers here and its latest {@value #REPLAY} changes. A viewer
 * that reconnects with {@code Last-Event-ID} (a phone that lost the Wi-Fi) first gets what it
 * missed, in order, then the live changes, with nothing lost or doubled between the two: the
 * replay is taken and the viewer joins the room under the room's lock, the lock every change
 * is published under. A viewer whose last event is no longer kept gets {@code workshop.resync}
 * (reload the workshop, then follow). Each viewer reads at its own pace from a buffer of
 * {@value #VIEWER_BUFFER} changes; one that falls further behind has its stream ended, and
 * reconnecting with its last id brings it up to date. A room nobody has watched or changed for
 * {@code rln.live.idle-room} is dropped.
 *
 * <p>Changes are written in frames, each encoded once and written alike to every viewer of the
 * room: the first change after a quiet spell goes out at once, and the changes that follow it
 * within {@code rln.live.coalesce-window} go out together when the window ends, one write per
 * viewer instead of one per change (a room of 500 rating at once would otherwise be thousands of
 * writes a second, each through the gateway). Nothing is dropped or reordered; a viewer gets each
 * change once.
 */
@ApplicationScoped
public class LiveHub {

    /** One change as it goes out on the stream: the CloudEvent id, type and data. */
    public record LiveEvent(String id, String type, String data) {
    }

    /** Frames a viewer may be behind before its stream ends (and the client reconnects). */
    public static final int VIEWER_BUFFER = 4096;

    /** Changes kept per workshop for viewers that reconnect. */
    public static final int REPLAY = 1000;

    /** The name of the event that tells a viewer its last event is no longer kept. */
    public static final String RESYNC = "workshop.resync";

    private final Map<UUID, Room> rooms = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perViewer = new ConcurrentHashMap<>();

    /** Streams one token subject may hold open on this instance at once. */
    @ConfigProperty(name = "rln.live.max-streams-per-viewer", defaultValue = "5")
    int maxPerViewer;

    /** Streams one workshop may have open on this instance at once (a room and its projectors). */
    @ConfigProperty(name = "rln.live.max-streams-per-workshop", defaultValue = "2000")
    int maxPerWorkshop;

    @ConfigProperty(name = "rln.live.idle-room", defaultValue = "PT2H")
    Duration idleRoom;

    /** How long after a room's last write its next changes are gathered into one (zero: each change at once). */
    @ConfigProperty(name = "rln.live.coalesce-window", defaultValue = "50ms")
    Duration coalesceWindow = Duration.ZERO;

    /** Writes the frames whose window has ended (one thread: a room's frames stay in order). */
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "live-frames");
        t.setDaemon(true);
        return t;
    });

    /** A workshop's viewers on this instance, its latest changes and those not yet written. Guarded by itself. */
    private static final class Room {
        final Deque<LiveEvent> recent = new ArrayDeque<>();
        final Set<UnicastProcessor<LiveFrames>> viewers = new CopyOnWriteArraySet<>();
        final List<LiveEvent> pending = new ArrayList<>();
        boolean writeScheduled;
        long lastWrite = System.nanoTime() - Duration.ofDays(1).toNanos();
        Instant lastUsed = Instant.now();

        /** The changes after {@code id}, oldest first; empty when {@code id} is not kept. */
        Optional<List<LiveEvent>> after(String id) {
            List<LiveEvent> missed = new ArrayList<>();
            var newestFirst = recent.descendingIterator();
            while (newestFirst.hasNext()) {
                LiveEvent e = newestFirst.next();
                if (id.equals(e.id())) {
                    java.util.Collections.reverse(missed);
                    return Optional.of(missed);
                }
                missed.add(e);
            }
            return Optional.empty();
        }
    }

    /**
     * A viewer's stream, counted against the viewer's and the workshop's caps until it ends
     * (429 beyond them), so one client cannot hold every connection of the instance. With
     * {@code lastEventId}, what the viewer missed since that change comes first.
     */
    public Multi<LiveFrames> stream(UUID workshopId, String viewer, String lastEventId) {
        Room room = rooms.computeIfAbsent(workshopId, id -> new Room());
        if (hold(perViewer, viewer) > maxPerViewer) {
            release(perViewer, viewer);
            throw new ProblemException(429, "too-many-streams", "Too many streams", "you already hold " + maxPerViewer
                    + " open streams, the most one viewer may; close one first", null);
        }
        UnicastProcessor<LiveFrames> queue = UnicastProcessor.create(Queues.<LiveFrames>get(VIEWER_BUFFER).get(), null);
        synchronized (room) {
            if (room.viewers.size() >= maxPerWorkshop) {
                release(perViewer, viewer);
                throw new ProblemException(429, "too-many-streams", "Too many streams", "workshop " + workshopId
                        + " already has " + maxPerWorkshop + " open streams on this instance", null);
            }
            if (lastEventId != null) {
                // what is pending is not in recent yet: the viewer gets it with everyone else when it is written
                room.after(lastEventId).ifPresentOrElse(missed -> {
                    if (!missed.isEmpty()) {
                        queue.onNext(LiveFrames.of(missed));
                    }
                }, () -> queue.onNext(LiveFrames.of(List.of(new LiveEvent(null, RESYNC, "{\"workshopId\":\"" + workshopId
                        + "\",\"reason\":\"the changes after the last event you saw are no longer kept; "
                        + "reload the workshop, then follow the stream\"}")))));
            }
            room.viewers.add(queue);
            room.lastUsed = Instant.now();
        }
        return queue.onTermination().invoke(() -> {
            synchronized (room) {
                room.viewers.remove(queue);
                room.lastUsed = Instant.now();
            }
            release(perViewer, viewer);
        });
    }

    /** Streams open now (for tests and metrics). */
    public int open(UUID workshopId) {
        Room room = rooms.get(workshopId);
        return room == null ? 0 : room.viewers.size();
    }

    /** Workshops this instance keeps a room for (for tests and metrics). */
    public int rooms() {
        return rooms.size();
    }

    /**
     * A change for the workshop's viewers: written at once if the room has not been written within
     * the coalescing window, else with the changes that follow it when the window ends.
     */
    public void publish(UUID workshopId, LiveEvent event) {
        Room room = rooms.computeIfAbsent(workshopId, id -> new Room());
        synchronized (room) {
            room.pending.add(event);
            room.lastUsed = Instant.now();
            if (room.writeScheduled) {
                return;
            }
            long wait = room.lastWrite + coalesceWindow.toNanos() - System.nanoTime();
            if (wait <= 0) {
                write(room);
            } else {
                room.writeScheduled = true;
                writer.schedule(() -> {
                    synchronized (room) {
                        room.writeScheduled = false;
                        write(room);
                    }
                }, wait, TimeUnit.NANOSECONDS);
            }
        }
    }

    /** Writes the room's pending changes to every viewer as one frame, and keeps them for reconnecting viewers. Holds the room. */
    private static void write(Room room) {
        if (room.pending.isEmpty()) {
            return;
        }
        LiveFrames frames = LiveFrames.of(room.pending);
        room.pending.clear();
        for (LiveEvent e : frames.events()) {
            room.recent.addLast(e);
            if (room.recent.size() > REPLAY) {
                room.recent.removeFirst();
            }
        }
        room.lastWrite = System.nanoTime();
        room.viewers.forEach(viewer -> viewer.onNext(frames));
    }

    @PreDestroy
    void stop() {
        writer.shutdownNow();
    }

    /** Drops the rooms of workshops nobody watched or changed for {@code rln.live.idle-room}. */
    @Scheduled(every = "10m", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void dropIdleRooms() {
        Instant cutoff = Instant.now().minus(idleRoom);
        rooms.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().viewers.isEmpty() && entry.getValue().lastUsed.isBefore(cutoff);
            }
        });
    }

    private static <K> int hold(Map<K, AtomicInteger> counts, K key) {
        return counts.compute(key, (k, v) -> {
            AtomicInteger n = v == null ? new AtomicInteger() : v;
            n.incrementAndGet();
            return n;
        }).get();
    }

    private static <K> void release(Map<K, AtomicInteger> counts, K key) {
        counts.computeIfPresent(key, (k, v) -> v.decrementAndGet() <= 0 ? null : v);
    }
}
