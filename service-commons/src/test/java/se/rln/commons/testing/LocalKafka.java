package se.rln.commons.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one process) run
 * from Kafka's own jars on Maven Central; the classpath is resolved by the
 * {@code deploy/local-tools} module into {@code kafka.classpath}.
 *
 * <p>It is a separate process so that tests can stop it (Kafka is away) and start it again
 * on the same port with the same data. All state lives in one directory, so another class
 * loader can control the same broker by that directory alone.
 */
public final class LocalKafka {

    private final Path dir;

    private LocalKafka(Path dir) {
        this.dir = dir;
    }

    public static LocalKafka at(Path dir) {
        return new LocalKafka(dir);
    }

    /** Writes the configuration and formats the storage for a new broker on free ports. */
    public static LocalKafka create(Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        int port = freePort();
        int controllerPort = freePort();
        String config = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "") ;
        Files.writeString(dir.resolve("server.properties"), config, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bootstrap"), "127.0.0.1:" + port, StandardCharsets.UTF_8);
        LocalKafka kafka = new LocalKafka(dir);
        kafka.run(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(), "-c",
                dir.resolve("server.properties").toString()), dir.resolve("format.log"), true);
        return kafka;
    }

    public String bootstrapServers() {
        try {
            return Files.readString(dir.resolve("bootstrap")).trim();
        } catch (IOException e) {
            throw new IllegalStateException("no broker configured in " + dir, e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Starts the broker and returns once it answers a metadata request. */
    public void start() throws IOException, InterruptedException {
        Process process = run(List.of("kafka.Kafka", dir.resolve("server.properties").toString()),
                dir.resolve("broker.log"), false);
        Files.writeString(dir.resolve("broker.pid"), Long.toString(process.pid()));
        awaitReady(process, Duration.ofSeconds(60));
    }

    /** Stops the broker (SIGTERM, then SIGKILL) and waits until the process is gone. */
    public void stop() throws IOException {
        Optional<ProcessHandle> broker = process();
        if (broker.isEmpty()) {
            return;
        }
        ProcessHandle handle = broker.get();
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
            handle.onExit().join();
        }
        Files.deleteIfExists(dir.resolve("broker.pid"));
    }

    public boolean running() throws IOException {
        return process().isPresent();
    }

    private Optional<ProcessHandle> process() throws IOException {
        Path pid = dir.resolve("broker.pid");
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).filter(ProcessHandle::isAlive);
    }

    private void awaitReady(Process process, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String[] hostPort = bootstrapServers().split(":");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kafka broker exited; see " + dir.resolve("broker.log"));
            }
            if (accepts(hostPort[0], Integer.parseInt(hostPort[1])) && answersMetadata()) {
                return;
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("Kafka broker not ready after " + timeout + "; see " + dir.resolve("broker.log"));
    }

    private boolean answersMetadata() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        try (Admin admin = Admin.create(p)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private Process run(List<String> mainAndArgs, Path log, boolean wait) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.level=WARN", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"));
        command.add("-cp");
        command.add(classpath());
        command.addAll(mainAndArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (wait && process.waitFor() != 0) {
            throw new IllegalStateException(mainAndArgs.get(0) + " failed; see " + log);
        }
        return process;
    }

    private static String classpath() throws IOException {
        String file = System.getProperty("rln.kafka.classpath-file");
        if (file == null || !Files.exists(Path.of(file))) {
            throw new IllegalStateException("Kafka classpath file " + file + " is missing: build deploy/local-tools "
                    + "first (./mvnw verify builds it before the services)");
        }
        return Files.readString(Path.of(file)).trim();
    }

    private static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
