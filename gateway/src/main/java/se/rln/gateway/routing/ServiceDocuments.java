package se.rln.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import se.rln.gateway.GatewayConfig;

/**
 * The services' OpenAPI documents and the route table made from them. At start the copies
 * stored with the build (each service's {@code api/openapi.json}) are used, so the gateway
 * routes even before a service is up; then each service's live {@code /q/openapi} replaces its
 * copy, fetched again every {@code rln.gateway.refresh}. A document that cannot be fetched or
 * would make two services claim one path is not taken: the last good one stays.
 */
@Startup
@ApplicationScoped
public class ServiceDocuments {

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private final Map<String, Instant> fetchedAt = new ConcurrentHashMap<>();
    private volatile RouteTable table;

    /** Loads the stored copies; two services claiming one path stops the start. */
    @PostConstruct
    void start() {
        for (String service : config.services().keySet()) {
            try (InputStream in = getClass().getResourceAsStream("/openapi/" + service + "/openapi.json")) {
                if (in == null) {
                    throw new IllegalStateException("no stored OpenAPI document for service '" + service
                            + "' (openapi/" + service + "/openapi.json, copied from " + service + "-service/api at build)");
                }
                documents.put(service, json.readTree(in));
            } catch (IOException e) {
                throw new IllegalStateException("the stored OpenAPI document of " + service + " is unreadable", e);
            }
        }
        table = RouteTable.build(documents);
        refresh();
    }

    public RouteTable table() {
        return table;
    }

    /** The current document of each service, by name. */
    public Map<String, JsonNode> documents() {
        return new TreeMap<>(documents);
    }

    /** When each service's live document was last fetched (absent: still the stored copy). */
    public Map<String, Instant> fetchedAt() {
        return new TreeMap<>(fetchedAt);
    }

    @Scheduled(every = "${rln.gateway.refresh:30s}", delayed = "${rln.gateway.refresh:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public synchronized void refresh() {
        for (var service : config.services().entrySet()) {
            JsonNode live = fetch(service.getKey(), service.getValue().url());
            if (live == null || live.equals(documents.get(service.getKey()))) {
                if (live != null) {
                    fetchedAt.put(service.getKey(), Instant.now());
                }
                continue;
            }
            Map<String, JsonNode> next = new ConcurrentHashMap<>(documents);
            next.put(service.getKey(), live);
            try {
                RouteTable candidate = RouteTable.build(next);
                documents.put(service.getKey(), live);
                fetchedAt.put(service.getKey(), Instant.now());
                table = candidate;
                Log.infof("routes of %s updated from its live OpenAPI document", service.getKey());
            } catch (RouteTable.ConflictException e) {
                Log.errorf("kept the last good OpenAPI document of %s: %s", service.getKey(), e.getMessage());
            }
        }
    }

    private JsonNode fetch(String service, String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/q/openapi?format=json"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                Log.debugf("%s answered %d for its OpenAPI document", service, response.statusCode());
                return null;
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            Log.debugf("%s is not reachable for its OpenAPI document: %s", service, e.getMessage());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
