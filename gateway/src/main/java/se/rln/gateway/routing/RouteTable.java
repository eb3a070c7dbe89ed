package se.rln.gateway.routing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which service owns which path, derived from the services' own OpenAPI documents: a new
 * endpoint needs no gateway change. A path claimed by two services is refused when the table
 * is built.
 */
public final class RouteTable {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = routes;
    }

    /** A path claimed by more than one service. */
    public static final class ConflictException extends RuntimeException {
        public ConflictException(String message) {
            super(message);
        }
    }

    /** Builds the table from each service's document (service name → OpenAPI JSON). */
    public static RouteTable build(Map<String, JsonNode> documents) {
        Map<String, Route> byShape = new TreeMap<>();
        List<String> conflicts = new ArrayList<>();
        for (Map.Entry<String, JsonNode> doc : new TreeMap<>(documents).entrySet()) {
            JsonNode paths = doc.getValue().path("paths");
            for (var it = paths.fields(); it.hasNext();) {
                var path = it.next();
                RouteTemplate template = RouteTemplate.of(path.getKey());
                Route existing = byShape.get(template.shape());
                if (existing != null && !existing.service().equals(doc.getKey())) {
                    conflicts.add(path.getKey() + " is claimed by " + existing.service() + " and " + doc.getKey());
                    continue;
                }
                byShape.put(template.shape(), new Route(template, doc.getKey(), operations(path.getValue())));
            }
        }
        if (!conflicts.isEmpty()) {
            throw new ConflictException("paths claimed by two services: " + String.join("; ", conflicts));
        }
        List<Route> ordered = new ArrayList<>(byShape.values());
        ordered.sort(Comparator.comparingInt((Route r) -> -r.template().specificity()));
        return new RouteTable(List.copyOf(ordered));
    }

    /** The most specific route matching the path, if any. */
    public Optional<Route> find(String path) {
        String[] segments = RouteTemplate.split(path);
        for (Route r : routes) {
            if (r.template().matches(segments)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        return routes;
    }

    private static Map<String, Route.Access> operations(JsonNode pathItem) {
        Map<String, Route.Access> ops = new HashMap<>();
        for (var it = pathItem.fields(); it.hasNext();) {
            var op = it.next();
            if (!METHODS.contains(op.getKey())) {
                continue;
            }
            JsonNode security = op.getValue().path("security");
            Set<String> roles = new LinkedHashSet<>();
            security.forEach(requirement -> requirement.fields().forEachRemaining(s -> s.getValue()
                    .forEach(role -> roles.add(role.asText()))));
            boolean streaming = op.getValue().path("responses").findValues("content").stream()
                    .anyMatch(c -> c.has("text/event-stream"));
            boolean upload = false;
            for (var types = op.getValue().path("requestBody").path("content").fieldNames(); types.hasNext();) {
                upload |= !types.next().equals("application/json");
            }
            ops.put(op.getKey().toUpperCase(), new Route.Access(security.isMissingNode() || security.isEmpty(),
                    Set.copyOf(roles), streaming, upload));
        }
        return ops;
    }
}
