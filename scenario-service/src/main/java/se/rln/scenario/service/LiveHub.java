package se.rln.scenario.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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

    public Multi<LiveEvent> stream(UUID workshopId) {
        return streams.computeIfAbsent(workshopId, id -> BroadcastProcessor.create()).onOverflow().buffer(VIEWER_BUFFER);
    }

    public void publish(UUID workshopId, LiveEvent event) {
        BroadcastProcessor<LiveEvent> stream = streams.get(workshopId);
        if (stream != null) {
            stream.onNext(event);
        }
    }
}
