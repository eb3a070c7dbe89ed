package se.rln.commons.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One published OpenAPI 3.1 document as a contract: finds the operation a request was for and
 * checks that the answer's status and media type are documented for it and that a JSON body
 * matches the documented schema (JSON Schema 2020-12 with the OpenAPI 3.1 vocabulary, by
 * networknt's validator); a request the service accepted (2xx) must match its documented body.
 */
public final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PARAMETER = Pattern.compile("\\{[^/}]+}");

    private final String uri;
    private final ObjectNode document;
    private final List<Template> templates = new ArrayList<>();
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern, int literals) {
    }

    /** One operation of the document: its template and method. */
    public record Operation(String path, String method, JsonNode node) {
    }

    public OpenApiContract(String name, JsonNode published) {
        this.uri = "urn:rln:openapi:" + name;
        this.document = published.deepCopy();
        ObjectNode slots = document.putObject("x-contract-schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String regex = "^" + PARAMETER.matcher(Pattern.quote(path.getKey())).replaceAll("\\\\E[^/]+\\\\Q") + "$";
            templates.add(new Template(path.getKey(), Pattern.compile(regex),
                    PARAMETER.matcher(path.getKey()).replaceAll("").length()));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> operation = ops.next();
                slot(slots, operation.getValue().path("requestBody"), path.getKey(), operation.getKey(), "request");
                for (Iterator<Map.Entry<String, JsonNode>> rs = operation.getValue().path("responses").fields(); rs.hasNext();) {
                    Map.Entry<String, JsonNode> response = rs.next();
                    slot(slots, response.getValue(), path.getKey(), operation.getKey(), response.getKey());
                }
            }
        }
        templates.sort(Comparator.comparingInt((Template t) -> -t.literals()));
        String text = document.toString();
        registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), b -> b.schemas(Map.of(uri, text)));
    }

    /** The operation a request was for, or empty when the path is not the document's (health, metrics, docs). */
    public Optional<Operation> operation(String method, String path) {
        for (Template t : templates) {
            if (t.pattern().matcher(path).matches()) {
                JsonNode op = document.path("paths").path(t.path()).path(method.toLowerCase());
                return op.isMissingNode() ? Optional.empty() : Optional.of(new Operation(t.path(), method.toLowerCase(), op));
            }
        }
        return Optional.empty();
    }

    /** Why the answer does not match the document, or an empty list. */
    public List<String> checkResponse(Operation op, int status, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        String where = op.method().toUpperCase() + " " + op.path() + " → " + status;
        JsonNode responses = op.node().path("responses");
        // a client error is part of the operation's contract and must be listed by its status;
        // only server errors may fall to the catch-all 'default'
        String key = responses.has(Integer.toString(status)) ? Integer.toString(status)
                : responses.has(status / 100 + "XX") ? status / 100 + "XX"
                : status >= 500 && responses.has("default") ? "default" : null;
        if (key == null) {
            problems.add(where + ": status not documented (documented: " + fieldNames(responses) + ")");
            return problems;
        }
        if (body == null || body.isEmpty()) {
            return problems;
        }
        JsonNode content = responses.path(key).path("content");
        String media = documented(content, contentType);
        if (media == null) {
            problems.add(where + ": answers " + contentType + ", documented " + fieldNames(content));
            return problems;
        }
        if (mediaType(media).endsWith("json")) {
            validate(where, slot(op, key, media), body, problems);
        }
        return problems;
    }

    /** Why a request the service accepted does not match its documented body, or an empty list. */
    public List<String> checkAcceptedRequest(Operation op, String contentType, String body) {
        List<String> problems = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            return problems;
        }
        String where = op.method().toUpperCase() + " " + op.path() + " request";
        JsonNode content = op.node().path("requestBody").path("content");
        String media = documented(content, contentType);
        if (media == null) {
            problems.add(where + ": accepted " + contentType + ", documented " + fieldNames(content));
        } else if (mediaType(media).endsWith("json")) {
            validate(where, slot(op, "request", media), body, problems);
        }
        return problems;
    }

    private void validate(String where, String pointer, String body, List<String> problems) {
        if (pointer == null) {
            return;
        }
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (Exception e) {
            problems.add(where + ": not JSON: " + e.getMessage());
            return;
        }
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(uri + "#" + p)));
        List<Error> errors = schema.validate(instance);
        errors.stream().limit(10).forEach(e -> problems.add(where + ": " + e.getInstanceLocation() + " " + e.getMessage()));
    }

    private String slot(Operation op, String part, String media) {
        String name = slotName(op.path(), op.method(), part, media);
        return document.path("x-contract-schemas").has(name) ? "/x-contract-schemas/" + name : null;
    }

    private static void slot(ObjectNode slots, JsonNode holder, String path, String method, String part) {
        for (Iterator<Map.Entry<String, JsonNode>> media = holder.path("content").fields(); media.hasNext();) {
            Map.Entry<String, JsonNode> m = media.next();
            if (m.getValue().has("schema")) {
                slots.set(slotName(path, method, part, m.getKey()), m.getValue().get("schema"));
            }
        }
    }

    private static String slotName(String path, String method, String part, String media) {
        return (method + path + "_" + part + "_" + media).replaceAll("[^A-Za-z0-9]", "_");
    }

    /** The documented media type key that {@code contentType} is (parameters such as charset aside), or null. */
    private static String documented(JsonNode content, String contentType) {
        String wanted = mediaType(contentType);
        for (String key : fieldNames(content)) {
            if (mediaType(key).equals(wanted) || key.equals("*/*")) {
                return key;
            }
        }
        return null;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
