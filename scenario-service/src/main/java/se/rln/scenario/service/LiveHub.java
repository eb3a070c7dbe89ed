package se.rln.scenario.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.rln.commons.problem.ProblemException;

/**
 * This instance's live streams: one broadcast per workshop, fed from
 * {@code leadership.workshops.v1} (every instance reads every record), so a change made on
 * any instance reaches the SSE clients of all of them.
 *
 * <p>Each viewer reads at its own pace: a phone on a weak network falls behind while the room
 * rates, so every subscription has a buffer of {@value #VIEWER_BUFFER} changes (references to the
 * same shared events) instead of being failed the moment it has not asked for the next one.
 */
@ApplicationScoped
public class LiveHub {

    /** One change as it goes out on the stream: the CloudEvent id, type and data. */
    public record LiveEvent(String id, String type, String data) {
    }

    /** Changes a viewer may be behind before its stream fails (and its EventSource reconnects). */
    public static final int VIEWER_BUFFER = 4096;

    private final Map<UUID, BroadcastProcessor<LiveEvent>> streams = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perViewer = new ConcurrentHashMap<>();
    private final Map<UUID, AtomicInteger> perWorkshop = new ConcurrentHashMap<>();

    /** Streams one token subject may hold open on this instance at once. */
    @ConfigProperty(name = "rln.live.max-streams-per-viewer", defaultValue = "5")
    int maxPerViewer;

    /** Streams one workshop may have open on this instance at once (a room and its projectors). */
    @ConfigProperty(name = "rln.live.max-streams-per-workshop", defaultValue = "2000")
    int maxPerWorkshop;

    public Multi<LiveEvent> stream(UUID workshopId) {
        return streams.computeIfAbsent(workshopId, id -> BroadcastProcessor.create()).onOverflow().buffer(VIEWER_BUFFER);
    }

    /**
     * A viewer's stream, counted against the viewer's and the workshop's caps until it ends
     * (429 beyond them), so one client cannot hold every connection of the instance.
     */
    public Multi<LiveEvent> stream(UUID workshopId, String viewer) {
        if (hold(perViewer, viewer) > maxPerViewer) {
            release(perViewer, viewer);
            throw new ProblemException(429, "too-many-streams", "Too many streams", "you already hold " + maxPerViewer
                    + " open streams, the most one viewer may; close one first", null);
        }
        if (hold(perWorkshop, workshopId) > maxPerWorkshop) {
            release(perWorkshop, workshopId);
            release(perViewer, viewer);
            throw new ProblemException(429, "too-many-streams", "Too many streams", "workshop " + workshopId + " already has "
                    + maxPerWorkshop + " open streams on this instance", null);
        }
        return stream(workshopId).onTermination().invoke(() -> {
            release(perViewer, viewer);
            release(perWorkshop, workshopId);
        });
    }

    /** Streams open now (for tests and metrics). */
    public int open(UUID workshopId) {
        AtomicInteger n = perWorkshop.get(workshopId);
        return n == null ? 0 : n.get();
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

    public void publish(UUID workshopId, LiveEvent event) {
        BroadcastProcessor<LiveEvent> stream = streams.get(workshopId);
        if (stream != null) {
            stream.onNext(event);
        }
    }
}
