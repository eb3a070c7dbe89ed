package se.rln.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.rln.commons.testing.LocalKafka;
import se.rln.commons.testing.ServiceInstance;

/**
 * The suite as the benchmarks run it: a Kafka broker of its own, a database per service on the
 * PostgreSQL at 127.0.0.1:5432 (the one pgbench measures), the packaged services and the packaged
 * gateway, each its own JVM with the given launcher.
 */
final class BenchSuite implements AutoCloseable {

    static final String[] SERVICES = { "events", "participants", "scenario" };
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5432/";

    final Path root;
    final Map<String, String> broker;
    private final LocalKafka kafka;
    final Map<String, ServiceInstance> running = new LinkedHashMap<>();

    private BenchSuite(Path root, LocalKafka kafka) {
        this.root = root;
        this.kafka = kafka;
        this.broker = Map.of("kafka.bootstrap.servers", kafka.bootstrapServers());
    }

    /** The broker and fresh databases; services are started with {@link #startAll} or {@link #service}. */
    static BenchSuite prepare(Path root) throws Exception {
        LocalKafka kafka = LocalKafka.create(Files.createTempDirectory("rln-bench-kafka-"));
        kafka.start();
        BenchSuite suite = new BenchSuite(root, kafka);
        for (String name : SERVICES) {
            recreate("rln_bench_" + name);
        }
        return suite;
    }

    static void recreate(String database) throws Exception {
        try (Connection c = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    /** Starts one service (events, participants, scenario) with its database and the broker. */
    ServiceInstance service(String name, List<String> java) throws Exception {
        Map<String, String> config = new HashMap<>(broker);
        config.put("quarkus.datasource.jdbc.url", POSTGRES + "rln_bench_" + name);
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "");
        return ServiceInstance.start(name + "-service", root.resolve(name + "-service"), config, java);
    }

    /** The gateway in front of the running services; the clients' rate limits are lifted for the load. */
    ServiceInstance gateway(List<String> java) throws Exception {
        Map<String, String> config = new HashMap<>();
        for (String name : SERVICES) {
            config.put("rln.gateway.services." + name + ".url", running.get(name).url());
        }
        config.put("rln.gateway.limits.per-minute", "100000000");
        config.put("rln.gateway.limits.roster-per-minute", "100000");
        return ServiceInstance.start("gateway", root.resolve("gateway"), config, java);
    }

    void startAll(StartupBench.JvmFor java) throws Exception {
        for (String name : SERVICES) {
            running.put(name, service(name, java.of(name)));
        }
        running.put("gateway", gateway(java.of("gateway")));
    }

    String gatewayUrl() {
        return running.get("gateway").url();
    }

    String url(String name) {
        return running.get(name).url();
    }

    /** The suite's processes by name: each service, the gateway and the Kafka broker. */
    Map<String, Long> pids() throws Exception {
        Map<String, Long> pids = new LinkedHashMap<>();
        running.forEach((name, instance) -> pids.put(name.equals("gateway") ? name : name + "-service", instance.pid()));
        pids.put("Kafka", Long.parseLong(Files.readString(kafka.dir().resolve("broker.pid")).strip()));
        return pids;
    }

    List<ServiceInstance> instances() {
        return new ArrayList<>(running.values());
    }

    void stopServices() {
        List<ServiceInstance> all = instances();
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).close();
        }
        running.clear();
    }

    @Override
    public void close() throws Exception {
        stopServices();
        kafka.stop();
    }
}
