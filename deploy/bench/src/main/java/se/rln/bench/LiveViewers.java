package se.rln.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many clients following one workshop's Server-Sent Events stream, as the phones and the wall
 * screen in the room do; each notes when every {@code workshop.ratings-aggregated} arrives and
 * which rating it reports (see {@link #key}).
 */
final class LiveViewers {

    record Arrival(String key, long nanos) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<Viewer> viewers = new ArrayList<>();
    final AtomicInteger connected = new AtomicInteger();

    void open(String url, List<String> tokens) {
        for (String token : tokens) {
            Viewer viewer = new Viewer();
            viewers.add(viewer);
            http.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.fromLineSubscriber(viewer));
        }
    }

    /** Arrivals of the viewer with index {@code i}. */
    List<Arrival> arrivals(int i) {
        return new ArrayList<>(viewers.get(i).arrivals);
    }

    int size() {
        return viewers.size();
    }

    long received() {
        return viewers.stream().mapToLong(v -> v.arrivals.size()).sum();
    }

    /** Forgets the arrivals so far (after a warm-up round). */
    void reset() {
        viewers.forEach(v -> v.arrivals.clear());
    }

    void close() {
        viewers.forEach(Viewer::cancel);
    }

    /**
     * Which rating a driver list stems from: its first driver's id and rating version, the same
     * in the rater's answer ({@code [{"id":…}]}) and in the event ({@code {"drivers":[{"id":…}]}}).
     */
    static String key(String json) {
        int start = Math.max(0, json.indexOf("\"drivers\""));
        int id = json.indexOf("{\"id\":\"", start);
        int version = json.indexOf("\"ratingVersion\":", id);
        if (id < 0 || version < 0) {
            return null;
        }
        int from = version + "\"ratingVersion\":".length();
        int to = from;
        while (to < json.length() && Character.isDigit(json.charAt(to))) {
            to++;
        }
        return json.substring(id + 7, id + 7 + 36) + ":" + json.substring(from, to);
    }

    private final class Viewer implements Flow.Subscriber<String> {

        final ConcurrentLinkedQueue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
        private Flow.Subscription subscription;
        private String event = "";

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                if (event.equals("workshop.connected")) {
                    connected.incrementAndGet();
                } else if (event.equals("workshop.ratings-aggregated")) {
                    arrivals.add(new Arrival(key(line), System.nanoTime()));
                }
            }
        }

        @Override
        public void onError(Throwable t) {
            // a viewer that lost its stream simply stops receiving; the report counts what is missing
        }

        @Override
        public void onComplete() {
        }

        void cancel() {
            if (subscription != null) {
                subscription.cancel();
            }
        }
    }
}
