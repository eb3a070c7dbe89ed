package se.rln.scenario.rest;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiSubscriber;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One viewer's Server-Sent Events stream, written straight to its HTTP response: each item is
 * frames already encoded (the same bytes for every viewer of a room), written as one chunk, the
 * next asked for once the last is on its way, so a viewer that reads slowly falls behind in its
 * own buffer (and is ended there) instead of in the connection's.
 */
final class LiveStream implements MultiSubscriber<Buffer> {

    private final HttpServerResponse response;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile Flow.Subscription subscription;

    private LiveStream(HttpServerResponse response) {
        this.response = response;
    }

    /** Opens the stream with {@code first}, then writes {@code frames} until either side ends it. */
    static void follow(HttpServerResponse response, Buffer first, Multi<Buffer> frames) {
        LiveStream stream = new LiveStream(response);
        response.setStatusCode(200).setChunked(true)
                .putHeader("Content-Type", "text/event-stream")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
        response.closeHandler(v -> stream.stop());
        response.exceptionHandler(e -> stream.stop());
        response.write(first);
        frames.subscribe().withSubscriber(stream);
        if (response.closed()) {
            stream.stop();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (done.get()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onItem(Buffer frames) {
        response.write(frames).onComplete(written -> {
            if (written.succeeded()) {
                subscription.request(1);
            } else {
                stop();
            }
        });
    }

    /** The viewer fell too far behind (or the room went away): the stream ends; the client reconnects with its last id. */
    @Override
    public void onFailure(Throwable failure) {
        end();
    }

    @Override
    public void onCompletion() {
        end();
    }

    /** The client went away, or a write failed: nothing more is read for it. */
    private void stop() {
        if (done.compareAndSet(false, true)) {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }

    private void end() {
        done.set(true);
        if (!response.ended() && !response.closed()) {
            response.end();
        }
    }
}
