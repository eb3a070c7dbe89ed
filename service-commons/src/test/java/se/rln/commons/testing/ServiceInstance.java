package se.rln.commons.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * A service started from its packaged jar ({@code target/quarkus-app/quarkus-run.jar}) as a
 * separate JVM process on a free port, for tests that need several instances of one service
 * (or a service to kill). The process logs to {@code target/<name>.log}.
 */
public final class ServiceInstance implements AutoCloseable {

    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final List<String> command;
    private final int port;
    private final Path log;
    private Process process;
    private Duration startup;

    private ServiceInstance(String name, List<String> command, int port, Path log) {
        this.name = name;
        this.command = command;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the module's packaged service with {@code properties} as system properties, trusting
     * the test token key, and waits until it is ready.
     */
    public static ServiceInstance start(String name, Map<String, String> properties) throws IOException {
        return start(name, Path.of("."), properties);
    }

    /**
     * Starts the packaged service of another module ({@code module}, e.g. {@code ../events-service},
     * which the reactor builds first).
     */
    public static ServiceInstance start(String name, Path module, Map<String, String> properties) throws IOException {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + jvmOptions(module)));
        java.addAll(AotTraining.recordingOptions(module));
        return start(name, module, properties, java);
    }

    /**
     * The services' JVM options, as the local run and the benchmarks start them: the java argument
     * file {@code deploy/service-jvm.options} beside the service modules.
     */
    public static Path jvmOptions(Path module) {
        return module.toAbsolutePath().normalize().resolveSibling(Path.of("deploy", "service-jvm.options"));
    }

    /**
     * Like {@link #start(String, Path, Map)} with another JVM: {@code java} is the launcher and
     * its options, e.g. another JDK's {@code bin/java} with {@code -XX:AOTCache=…} (benchmarks).
     */
    public static ServiceInstance start(String name, Path module, Map<String, String> properties, List<String> java)
            throws IOException {
        Path jar = module.resolve(Path.of("target", "quarkus-app", "quarkus-run.jar")).toAbsolutePath().normalize();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after `package` of " + module);
        }
        int port = freePort();
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dmp.jwt.verify.publickey.location=" + publicKey(),
                // workshop passes: scenario-service signs with the test pass key, the gateway verifies with its public half
                "-Drln.passes.signing-key=file:" + testFile("pass-private.pem"),
                "-Drln.gateway.passes.public-key=file:" + testFile("pass-public.pem")));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = Path.of("target", name + ".log").toAbsolutePath();
        Files.deleteIfExists(log);
        ServiceInstance instance = new ServiceInstance(name, List.copyOf(command), port, log);
        instance.launch();
        return instance;
    }

    /** Starts the process again on the same port (after {@link #kill} or {@link #close}), appending to its log. */
    public void restart() throws IOException {
        launch();
    }

    private void launch() throws IOException {
        long launched = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            Awaitility.await(name + " ready (log: " + log + ")").atMost(Duration.ofSeconds(60))
                    .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
                        }
                        return ready();
                    });
            startup = Duration.ofNanos(System.nanoTime() - launched);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** From the process launch to its first successful answer (readiness), at 10 ms resolution. */
    public Duration startup() {
        return startup;
    }

    /** The operating system's process id (resident memory is read from /proc by benchmarks). */
    public long pid() {
        return process.pid();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: no shutdown hooks, no graceful drain. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            // a JVM recording an AOT cache writes it as it exits, which takes a while longer
            Duration grace = AotTraining.records(command) ? AotTraining.EXIT_GRACE : Duration.ofSeconds(20);
            if (!process.waitFor(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return name + "@" + url();
    }

    private boolean ready() {
        try {
            HttpResponse<Void> response = PROBE.send(
                    HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The test public key as a file the packaged service can read. */
    private static String publicKey() throws IOException {
        return testFile("jwt-public.pem");
    }

    /** A test key of {@code testing/} as a file the packaged service can read. */
    private static synchronized String testFile(String name) throws IOException {
        Path file = Path.of("target", name).toAbsolutePath();
        try (InputStream in = ServiceInstance.class.getClassLoader().getResourceAsStream("testing/" + name)) {
            if (in == null) {
                throw new IllegalStateException("testing/" + name + " is not on the test class path");
            }
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file.toString();
    }
}
