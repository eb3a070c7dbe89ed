package se.rln.commons.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.rln.commons.cloudevents.CloudEvent;

/** The relay's Kafka producer (idempotent, acks=all) and the creation of the topics it writes. */
@ApplicationScoped
public class RelayProducer {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    OutboxConfig config;

    /** The application's Kafka settings ({@code kafka.*}): the relay connects as the channels do (SASL, TLS). */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Inject
    ObjectMapper json;

    private volatile KafkaProducer<String, String> producer;
    private volatile Admin admin;
    private final Set<String> knownTopics = ConcurrentHashMap.newKeySet();

    synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = connection();
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay" + config.source().replace('/', '-'));
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
            p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
            p.put(ProducerConfig.LINGER_MS_CONFIG, "1");
            p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "3000");
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "8000");
            p.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    /**
     * Drops the producer after a failed pass; the next pass builds a fresh one, so no state of
     * a producer that timed out (sequence numbers, epochs) survives an outage.
     */
    synchronized void reset() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    /** Bootstrap servers and the security settings (security.protocol, sasl.*, ssl.*) of the application's Kafka. */
    private Properties connection() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        kafka.forEach((key, value) -> {
            if (key.startsWith("security.") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                p.put(key, value);
            }
        });
        return p;
    }

    void ensureTopics(List<String> topics) throws InterruptedException, ExecutionException {
        if (!config.createTopics()) {
            return;
        }
        List<NewTopic> missing = topics.stream().filter(t -> !knownTopics.contains(t))
                .map(t -> new NewTopic(t, config.topicPartitions(), config.topicReplicationFactor())).toList();
        if (missing.isEmpty()) {
            return;
        }
        for (var entry : admin().createTopics(missing).values().entrySet()) {
            try {
                entry.getValue().get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            } catch (java.util.concurrent.TimeoutException e) {
                throw new ExecutionException("topic " + entry.getKey() + " could not be created in time", e);
            }
            knownTopics.add(entry.getKey());
        }
    }

    ProducerRecord<String, String> record(OutboxRelay.OutboxRow row) throws IOException {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
        record.headers().add("content-type", CloudEvent.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        JsonNode headers = json.readTree(row.headers());
        for (Map.Entry<String, JsonNode> h : headers.properties()) {
            record.headers().add(h.getKey(), h.getValue().asText().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties p = connection();
            p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
            p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
            admin = Admin.create(p);
        }
        return admin;
    }

    synchronized void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
