package se.rln.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.rln.commons.testing.KafkaTestBroker;
import se.rln.commons.testing.PostgresTestDatabase;
import se.rln.commons.testing.ServiceInstance;

/**
 * The suite the system tests talk to, only ever through its gateway. With
 * {@code RLN_SYSTEM_GATEWAY} set (e.g. {@code http://127.0.0.1:8080} of {@code deploy/local/run.sh},
 * with {@code RLN_SYSTEM_KEY} its signing key) they run against that; otherwise the suite is
 * started here as it runs in production: a Kafka broker, a PostgreSQL cluster of its own with a
 * database per service, the three packaged services and the packaged gateway, each its own JVM.
 */
final class Suite {

    private static final List<ServiceInstance> STARTED = new ArrayList<>();
    private static final KafkaTestBroker KAFKA = new KafkaTestBroker();
    private static final Map<String, String> DATABASES = new HashMap<>();
    private static final Map<String, ServiceInstance> BY_NAME = new HashMap<>();
    private static PrivatePostgres postgres;
    private static String gateway;
    private static String signingKey;

    private Suite() {
    }

    static synchronized String gateway() throws Exception {
        if (gateway == null) {
            String external = System.getenv("RLN_SYSTEM_GATEWAY");
            if (external != null && !external.isBlank()) {
                gateway = external;
                signingKey = System.getenv("RLN_SYSTEM_KEY");
            } else {
                start();
            }
        }
        return gateway;
    }

    /** The private key the suite trusts, for minting participants' tokens. */
    static synchronized String signingKey() throws Exception {
        gateway();
        return signingKey;
    }

    private static void start() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(Suite::stop));
        Map<String, String> broker = KAFKA.start();
        Path binaries = PrivatePostgres.binaries();
        if (binaries != null) {
            postgres = PrivatePostgres.create(binaries);
        }
        Map<String, String> routes = new HashMap<>();
        for (String name : new String[] { "events", "participants", "scenario" }) {
            Map<String, String> config = new HashMap<>(database("rln_system_" + name));
            DATABASES.put(name, config.get("quarkus.datasource.jdbc.url"));
            config.putAll(broker);
            if (name.equals("participants")) {
                // webhook receivers of the system tests listen on loopback in this JVM
                config.put("rln.webhooks.allow-loopback", "true");
                config.put("rln.webhooks.first-retry", "1s");
            }
            ServiceInstance service = ServiceInstance.start(name + "-service", Path.of("..", "..", name + "-service"), config);
            STARTED.add(service);
            BY_NAME.put(name + "-service", service);
            routes.put("rln.gateway.services." + name + ".url", service.url());
        }
        ServiceInstance front = ServiceInstance.start("gateway", Path.of("..", "..", "gateway"), routes);
        STARTED.add(front);
        gateway = front.url();
        signingKey = copy("testing/jwt-private.pem");
    }

    /** A database on the suite's own cluster or, where no PostgreSQL binaries are installed, on 5432. */
    private static Map<String, String> database(String name) throws Exception {
        if (postgres == null) {
            PostgresTestDatabase shared = new PostgresTestDatabase();
            shared.init(Map.of("database", name));
            return shared.start();
        }
        String server = "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/";
        try (Connection c = DriverManager.getConnection(server + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        return Map.of("quarkus.datasource.jdbc.url", server + name, "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    /**
     * Each service's database (JDBC URL, user postgres): those started here, or for an external
     * suite the local run's (rln_events, rln_participants, rln_scenario on 127.0.0.1:5432).
     */
    static synchronized Map<String, String> databases() throws Exception {
        gateway();
        if (DATABASES.isEmpty()) {
            for (String name : new String[] { "events", "participants", "scenario" }) {
                DATABASES.put(name, "jdbc:postgresql://127.0.0.1:5432/rln_" + name);
            }
        }
        return Map.copyOf(DATABASES);
    }

    /** The URL of a service the tests started, to call it directly; null against an external suite. */
    static synchronized String serviceUrl(String name) throws Exception {
        gateway();
        ServiceInstance service = BY_NAME.get(name);
        return service == null ? null : service.url();
    }

    /** A service the tests started, e.g. {@code participants-service} (fault tests). */
    static ServiceInstance service(String name) throws Exception {
        requireOwnSuite();
        return BY_NAME.get(name);
    }

    /** Stops the broker the tests started (fault tests). */
    static void stopKafka() throws Exception {
        requireOwnSuite();
        se.rln.commons.testing.TestKafka.stopBroker();
    }

    static void startKafka() throws Exception {
        requireOwnSuite();
        se.rln.commons.testing.TestKafka.startBroker();
    }

    /** Stops the suite's PostgreSQL cluster, terminating every open session (fault tests). */
    static void stopPostgres() throws Exception {
        requireOwnPostgres().stop();
    }

    static void startPostgres() throws Exception {
        requireOwnPostgres().start();
    }

    private static PrivatePostgres requireOwnPostgres() throws Exception {
        requireOwnSuite();
        if (postgres == null) {
            throw new IllegalStateException("the PostgreSQL fault test needs the suite's own cluster: install PostgreSQL's "
                    + "server binaries (/usr/lib/postgresql/*/bin)");
        }
        return postgres;
    }

    private static void requireOwnSuite() throws Exception {
        gateway();
        if (STARTED.isEmpty()) {
            throw new IllegalStateException("fault tests stop and start parts of the suite: run them against the suite "
                    + "the tests start (unset RLN_SYSTEM_GATEWAY)");
        }
    }

    private static void stop() {
        // all at once: an instance recording its AOT cache (AotTraining) takes a while to write it as it exits
        List<Thread> closing = new ArrayList<>();
        for (int i = STARTED.size() - 1; i >= 0; i--) {
            Thread close = new Thread(STARTED.get(i)::close, "closing-" + STARTED.get(i));
            close.start();
            closing.add(close);
        }
        for (Thread close : closing) {
            try {
                close.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        KAFKA.stop();
        if (postgres != null) {
            postgres.destroy();
        }
    }

    private static String copy(String resource) throws IOException {
        Path file = Path.of("target", "system-signing-key.pem").toAbsolutePath();
        try (InputStream in = Suite.class.getClassLoader().getResourceAsStream(resource)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file.toString();
    }
}
