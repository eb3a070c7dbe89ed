package se.rln.commons.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * What a test does with the module's Kafka broker: read records, write records, stop and
 * start it. State is found through a system property so that it works from any class loader.
 */
public final class TestKafka {

    static final String DIR_PROPERTY = "rln.test.kafka.dir";

    private TestKafka() {
    }

    private static LocalKafka broker() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null) {
            throw new IllegalStateException("no test broker was started by KafkaTestBroker");
        }
        return LocalKafka.at(Path.of(dir));
    }

    public static String bootstrapServers() {
        String external = System.getenv("RLN_TEST_KAFKA_BROKERS");
        return external != null && !external.isBlank() ? external : broker().bootstrapServers();
    }

    public static void stopBroker() throws Exception {
        broker().stop();
    }

    public static void startBroker() throws Exception {
        broker().start();
    }

    /** A consumer in its own group reading {@code topic} from the beginning. */
    public static KafkaConsumer<String, String> consumer(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    /**
     * Polls {@code topic} until the records matching {@code filter} satisfy {@code done}, or fails
     * after {@code timeout}. Returns the matching records in the order they were read. Every
     * matching record a service produced must be what the AsyncAPI document says
     * ({@link AsyncApiContract}); one that is not fails the test.
     */
    public static List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> filter,
            Predicate<List<ConsumerRecord<String, String>>> done, Duration timeout) {
        List<ConsumerRecord<String, String>> matching = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(topic)) {
            Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50)).until(() -> {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (filter.test(r)) {
                        List<String> problems = AsyncApiContract.get().check(topic, r.value());
                        if (!problems.isEmpty()) {
                            throw new AssertionError("the record does not match the AsyncAPI document:\n  "
                                    + String.join("\n  ", problems));
                        }
                        matching.add(r);
                    }
                }
                return done.test(matching);
            });
        }
        return matching;
    }

    /**
     * Sends a record as the outbox relay does: a structured CloudEvent with its content-type
     * header (a plain value without it is sent by {@link #sendRaw}).
     */
    public static void send(String topic, String key, String value) throws Exception {
        send(topic, key, value, true);
    }

    /** Sends a record without the CloudEvents content-type header, e.g. a poison record. */
    public static void sendRaw(String topic, String key, String value) throws Exception {
        send(topic, key, value, false);
    }

    private static void send(String topic, String key, String value, boolean cloudEvent) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            if (cloudEvent) {
                record.headers().add("content-type",
                        "application/cloudevents+json; charset=UTF-8".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            producer.send(record).get();
        }
    }

    /**
     * Waits until {@code count} consumer groups whose id starts with {@code prefix} are stable
     * and have partitions assigned (e.g. each service instance's own live-feed group).
     */
    public static void awaitAssignedGroups(String prefix, int count, Duration timeout) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            Awaitility.await("consumer groups " + prefix + "* with partitions").atMost(timeout)
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                        List<String> ids = admin.listConsumerGroups().all().get().stream().map(g -> g.groupId())
                                .filter(id -> id.startsWith(prefix)).toList();
                        long assigned = admin.describeConsumerGroups(ids).all().get().values().stream()
                                .filter(d -> d.members().stream().anyMatch(m -> !m.assignment().topicPartitions().isEmpty()))
                                .count();
                        return assigned >= count;
                    });
        }
    }
}
