package se.rln.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import se.rln.commons.testing.KafkaTestBroker;
import se.rln.commons.testing.PostgresTestDatabase;
import se.rln.commons.testing.ServiceInstance;

/**
 * The real services behind the gateway under test: a Kafka broker, a database each, and the
 * packaged events-, participants- and scenario-service (built before this module).
 */
public class SuiteBackends implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, ServiceInstance> SERVICES = new LinkedHashMap<>();
    private final KafkaTestBroker kafka = new KafkaTestBroker();

    /** A running service by name (events, participants, scenario). */
    public static ServiceInstance service(String name) {
        return SERVICES.get(name);
    }

    @Override
    public Map<String, String> start() {
        try {
            Map<String, String> broker = kafka.start();
            Map<String, String> gateway = new HashMap<>();
            for (String name : new String[] { "events", "participants", "scenario" }) {
                PostgresTestDatabase database = new PostgresTestDatabase();
                database.init(Map.of("database", "rln_gateway_" + name + "_test"));
                Map<String, String> config = new HashMap<>(database.start());
                config.putAll(broker);
                ServiceInstance instance = ServiceInstance.start(name + "-service", Path.of("..", name + "-service"), config);
                SERVICES.put(name, instance);
                gateway.put("rln.gateway.services." + name + ".url", instance.url());
            }
            return gateway;
        } catch (Exception e) {
            stop();
            throw new IllegalStateException("cannot start the services behind the gateway", e);
        }
    }

    @Override
    public void stop() {
        SERVICES.values().forEach(ServiceInstance::close);
        SERVICES.clear();
        kafka.stop();
    }
}
