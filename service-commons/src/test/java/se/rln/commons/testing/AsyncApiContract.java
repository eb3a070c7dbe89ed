package se.rln.commons.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The suite's AsyncAPI document (the gateway's {@code asyncapi/asyncapi.yaml}, what
 * {@code GET /asyncapi} serves) as a contract for what the services put on Kafka: a record read
 * by a test that one of the services produced must be a message of its topic's channel whose
 * name is the CloudEvent type, and must match that message's payload schema.
 */
public final class AsyncApiContract {

    private static final String URI = "urn:rln:asyncapi";
    private static final Set<String> PRODUCERS = Set.of("/events-service", "/participants-service", "/scenario-service");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile AsyncApiContract instance;

    private final ObjectNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private AsyncApiContract(ObjectNode document) {
        this.document = document;
        String text = document.toString();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(URI, text)));
    }

    /** The document, found from the working directory up (any module of the repository). */
    public static AsyncApiContract get() {
        if (instance == null) {
            synchronized (AsyncApiContract.class) {
                if (instance == null) {
                    instance = new AsyncApiContract(load());
                }
            }
        }
        return instance;
    }

    private static ObjectNode load() {
        Path dir = Path.of("").toAbsolutePath();
        for (; dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("gateway/src/main/resources/asyncapi/asyncapi.yaml");
            if (Files.isRegularFile(file)) {
                try {
                    return (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
                } catch (Exception e) {
                    throw new IllegalStateException("the AsyncAPI document " + file + " cannot be read", e);
                }
            }
        }
        throw new IllegalStateException("no gateway/src/main/resources/asyncapi/asyncapi.yaml above " + Path.of("").toAbsolutePath());
    }

    /**
     * Why a record on {@code topic} does not match the document, or an empty list; records not
     * produced by one of the services (a test's poison or forged record) are not the document's.
     */
    public List<String> check(String topic, String value) {
        List<String> problems = new ArrayList<>();
        JsonNode event;
        try {
            event = JSON.readTree(value);
        } catch (Exception e) {
            return problems;
        }
        if (event == null || !PRODUCERS.contains(event.path("source").asText())) {
            return problems;
        }
        String type = event.path("type").asText();
        JsonNode channel = channelOf(topic);
        if (channel == null) {
            problems.add(topic + ": no channel with this address");
            return problems;
        }
        String pointer = null;
        for (JsonNode ref : channel.path("messages")) {
            JsonNode message = resolve(ref.path("$ref").asText());
            if (type.equals(message.path("name").asText())) {
                pointer = ref.path("$ref").asText().substring(1) + "/payload";
            }
        }
        if (pointer == null) {
            problems.add(topic + ": no message named " + type);
            return problems;
        }
        String location = pointer;
        Schema schema = schemas.computeIfAbsent(location, p -> registry.getSchema(SchemaLocation.of(URI + "#" + p)));
        for (Error e : schema.validate(event)) {
            problems.add(topic + " " + type + ": " + e.getInstanceLocation() + " " + e.getMessage());
        }
        return problems;
    }

    private JsonNode channelOf(String topic) {
        for (JsonNode channel : document.path("channels")) {
            if (topic.equals(channel.path("address").asText())) {
                return channel;
            }
        }
        return null;
    }

    private JsonNode resolve(String ref) {
        return document.at(ref.substring(1));
    }

    /** The message names of the channel with {@code address}. */
    public List<String> messageNames(String address) {
        List<String> names = new ArrayList<>();
        JsonNode channel = channelOf(address);
        if (channel != null) {
            channel.path("messages").forEach(ref -> names.add(resolve(ref.path("$ref").asText()).path("name").asText()));
        }
        return names;
    }

    /**
     * The properties the document gives the {@code data} of message {@code name} on the channel
     * with {@code address} (through the envelope's allOf and references).
     */
    public Set<String> dataProperties(String address, String name) {
        JsonNode channel = channelOf(address);
        for (JsonNode ref : channel == null ? JSON.createArrayNode() : channel.path("messages")) {
            JsonNode message = resolve(ref.path("$ref").asText());
            if (name.equals(message.path("name").asText())) {
                JsonNode data = null;
                for (JsonNode part : follow(message.path("payload")).path("allOf")) {
                    JsonNode candidate = follow(part).path("properties").path("data");
                    if (!candidate.isMissingNode()) {
                        data = follow(candidate);
                    }
                }
                Set<String> names = new java.util.TreeSet<>();
                if (data != null) {
                    data.path("properties").fieldNames().forEachRemaining(names::add);
                }
                return names;
            }
        }
        return Set.of();
    }

    /**
     * How a topic's messages in the document differ from the records a service writes to it
     * (CloudEvent type → record class of its {@code data}): a type without a message, a message
     * without a type, or a message whose {@code data} properties are not exactly the record's
     * components. Empty when they are the same contract.
     */
    public List<String> differences(String address, Map<String, Class<? extends Record>> records) {
        List<String> problems = new ArrayList<>();
        Set<String> documented = new java.util.TreeSet<>(messageNames(address));
        Set<String> written = new java.util.TreeSet<>(records.keySet());
        if (!documented.equals(written)) {
            problems.add(address + ": the document has messages " + documented + ", the service writes " + written);
        }
        records.forEach((type, record) -> {
            Set<String> components = java.util.Arrays.stream(record.getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toCollection(
                            java.util.TreeSet::new));
            Set<String> properties = dataProperties(address, type);
            if (!components.equals(properties)) {
                problems.add(type + ": " + record.getSimpleName() + " has " + components + ", the document " + properties);
            }
        });
        return problems;
    }

    private JsonNode follow(JsonNode schema) {
        return schema.has("$ref") ? resolve(schema.path("$ref").asText()) : schema;
    }
}
