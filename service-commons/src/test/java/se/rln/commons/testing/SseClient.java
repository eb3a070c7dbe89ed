package se.rln.commons.testing;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** A Server-Sent Events client for tests: reads a stream in the background and collects its events. */
public final class SseClient implements AutoCloseable {

    /** One event: its name ({@code event:}), id and data. */
    public record Event(String name, String id, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile InputStream body;
    private volatile int status;

    private SseClient(URI uri, String token, Map<String, String> headers) {
        reader = new Thread(() -> read(uri, token, headers), "sse-" + uri.getPath());
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream and waits for its first event (the stream is then surely subscribed). */
    public static SseClient open(String url, String token) {
        return open(url, token, Map.of());
    }

    /** The same with more request headers, e.g. {@code Last-Event-ID} when reconnecting. */
    public static SseClient open(String url, String token, Map<String, String> headers) {
        SseClient client = new SseClient(URI.create(url), token, headers);
        client.await(e -> true, Duration.ofSeconds(30));
        return client;
    }

    public List<Event> events() {
        return new ArrayList<>(events);
    }

    /** Waits until an event matching {@code filter} has arrived and answers it. */
    public Event await(Predicate<Event> filter, Duration timeout) {
        Awaitility.await("an SSE event (status " + status + ", so far " + events.size() + ")").atMost(timeout)
                .pollInterval(Duration.ofMillis(10)).until(() -> events.stream().anyMatch(filter));
        return events.stream().filter(filter).findFirst().orElseThrow();
    }

    @Override
    public void close() throws Exception {
        reader.interrupt();
        InputStream in = body;
        if (in != null) {
            in.close();
        }
    }

    private void read(URI uri, String token, Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token);
            headers.forEach(request::header);
            HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            body = response.body();
            BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String name = null;
            String id = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0 || name != null) {
                        events.add(new Event(name, id, data.toString()));
                    }
                    name = null;
                    id = null;
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(5).strip());
                }
            }
        } catch (Exception e) {
            // closed or interrupted: the events read so far stay
        }
    }
}
