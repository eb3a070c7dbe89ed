package se.rln.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.rln.gateway.GatewayConfig;
import se.rln.gateway.routing.ServiceDocuments;

/**
 * One OpenAPI 3 document of every service: their paths (each operation marked with
 * {@code x-service}), their tags grouped per service ({@code x-tagGroups}), shared components
 * kept once when identical and renamed {@code <Service><Name>} when two services define one
 * name differently (reported under {@code x-merge-report}), and the gateway as the server.
 */
@ApplicationScoped
public class MergedOpenApi {

    @Inject
    ServiceDocuments documents;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    public ObjectNode merged() {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", "Regional Leadership Network API").put("version", "1.0.0")
                .put("description", "Every service of the suite behind one gateway: events, participants and the "
                        + "scenario-cross workshops. Errors are RFC 9457 problem+json. Events on Kafka: /asyncapi.");
        merged.putArray("servers").addObject().put("url", config.publicUrl()).put("description", "the gateway");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode tags = merged.putArray("tags");
        ArrayNode groups = merged.putArray("x-tagGroups");
        ArrayNode clashes = json.createArrayNode();
        Map<String, String> owners = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> doc : documents.documents().entrySet()) {
            String service = doc.getKey();
            for (String shared : new String[] { "license", "contact" }) {
                if (!info.has(shared) && doc.getValue().path("info").has(shared)) {
                    info.set(shared, doc.getValue().path("info").get(shared).deepCopy());
                }
            }
            ObjectNode copy = doc.getValue().deepCopy();
            Map<String, String> renamed = mergeComponents(service, copy.path("components"), components, owners, clashes);
            if (!renamed.isEmpty()) {
                rewriteRefs(copy, renamed);
            }
            copy.path("paths").fields().forEachRemaining(p -> {
                p.getValue().fields().forEachRemaining(op -> {
                    if (op.getValue().isObject()) {
                        ObjectNode operation = (ObjectNode) op.getValue();
                        operation.put("x-service", service + "-service");
                        edgeAnswers(operation);
                    }
                });
                paths.set(p.getKey(), p.getValue());
            });
            ArrayNode groupTags = groups.addObject().put("name", service + "-service").putArray("tags");
            for (JsonNode tag : copy.path("tags")) {
                ObjectNode t = tag.deepCopy();
                t.put("x-service", service + "-service");
                tags.add(t);
                groupTags.add(tag.path("name").asText());
            }
        }
        if (!clashes.isEmpty()) {
            merged.putObject("x-merge-report").set("clashes", clashes);
        }
        return merged;
    }

    /** What the gateway itself may answer for any operation: its rate limits. */
    private static void edgeAnswers(ObjectNode operation) {
        JsonNode responses = operation.path("responses");
        if (responses.isObject() && !responses.has("429")) {
            ObjectNode limited = ((ObjectNode) responses).putObject("429");
            limited.put("description", "Too many requests from this client at the gateway; retry after Retry-After seconds");
            limited.putObject("content").putObject("application/problem+json").putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
        }
    }

    /** One service's own document, with the gateway as its server. */
    public ObjectNode of(String service) {
        JsonNode doc = documents.documents().get(service);
        if (doc == null) {
            return null;
        }
        ObjectNode copy = doc.deepCopy();
        copy.putArray("servers").addObject().put("url", config.publicUrl()).put("description", "the gateway");
        return copy;
    }

    private Map<String, String> mergeComponents(String service, JsonNode from, ObjectNode into, Map<String, String> owners,
            ArrayNode clashes) {
        Map<String, String> renamed = new LinkedHashMap<>();
        List<Map.Entry<String, JsonNode>> sections = new ArrayList<>();
        from.fields().forEachRemaining(sections::add);
        for (Map.Entry<String, JsonNode> section : sections) {
            ObjectNode target = into.has(section.getKey()) ? (ObjectNode) into.get(section.getKey())
                    : into.putObject(section.getKey());
            section.getValue().fields().forEachRemaining(c -> {
                String key = section.getKey() + "/" + c.getKey();
                JsonNode existing = target.get(c.getKey());
                if (existing == null) {
                    target.set(c.getKey(), c.getValue());
                    owners.put(key, service);
                } else if (!existing.equals(c.getValue())) {
                    String name = Character.toUpperCase(service.charAt(0)) + service.substring(1) + c.getKey();
                    target.set(name, c.getValue());
                    renamed.put("#/components/" + key, "#/components/" + section.getKey() + "/" + name);
                    clashes.addObject().put("component", key).put("keptFor", owners.get(key)).put("renamedFor", service)
                            .put("as", name);
                    Log.warnf("OpenAPI component %s differs between %s and %s; %s's is %s in the merged document", key,
                            owners.get(key), service, service, name);
                }
            });
        }
        return renamed;
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            JsonNode ref = object.get("$ref");
            if (ref != null && renamed.containsKey(ref.asText())) {
                object.set("$ref", TextNode.valueOf(renamed.get(ref.asText())));
            }
            object.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> rewriteRefs(child, renamed));
        }
    }
}
