package se.rln.commons.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real Kafka broker process for a module's tests ({@link LocalKafka}) and stops it
 * afterwards. {@link TestKafka} lets a test stop and restart it. With the environment
 * variable {@code RLN_TEST_KAFKA_BROKERS} set, an already running broker is used instead
 * (and cannot be stopped by tests).
 */
public class KafkaTestBroker implements QuarkusTestResourceLifecycleManager {

    private LocalKafka kafka;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("RLN_TEST_KAFKA_BROKERS");
        if (external != null && !external.isBlank()) {
            return Map.of("kafka.bootstrap.servers", external);
        }
        try {
            Path dir = Files.createTempDirectory("rln-test-kafka-");
            kafka = LocalKafka.create(dir);
            kafka.start();
            System.setProperty(TestKafka.DIR_PROPERTY, dir.toString());
            return Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test Kafka broker", e);
        }
    }

    @Override
    public void stop() {
        if (kafka != null) {
            try {
                kafka.stop();
            } catch (Exception e) {
                throw new IllegalStateException("cannot stop the test Kafka broker", e);
            }
        }
    }
}
