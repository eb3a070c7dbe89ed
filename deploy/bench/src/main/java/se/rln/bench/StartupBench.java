package se.rln.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.rln.commons.testing.ServiceInstance;

/**
 * Time to first request and resident memory of each service, started one after the other as it
 * is deployed (broker and databases up): on the default JDK, on JDK 25 as is, and on JDK 25 with
 * an AOT cache (JEP 483/514) recorded by a training run of the same service.
 */
final class StartupBench {

    record Start(String service, String jvm, long firstRequestMs, double rssMib) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BenchSuite suite;
    private final Path aotDir;

    StartupBench(BenchSuite suite, Path aotDir) {
        this.suite = suite;
        this.aotDir = aotDir;
    }

    static List<String> jdk(Path home, String... options) {
        // the services' JVM options, as the local run starts them (deploy/service-jvm.options; run.sh runs us in deploy/bench)
        List<String> java = new ArrayList<>(List.of(home.resolve("bin/java").toString(),
                "@" + Path.of("..", "service-jvm.options").toAbsolutePath().normalize()));
        java.addAll(List.of(options));
        // more JVM options for a diagnosis (say -XX:+PrintCompilation); the report's runs are without
        String more = System.getenv("BENCH_JVM_OPTIONS");
        if (more != null && !more.isBlank()) {
            java.addAll(List.of(more.trim().split("\\s+")));
        }
        return java;
    }

    /** One start of every service with {@code java}; stops them again. */
    List<Start> measure(String label, JvmFor jvm) throws Exception {
        List<Start> starts = new ArrayList<>();
        try {
            for (String name : BenchSuite.SERVICES) {
                ServiceInstance s = suite.service(name, jvm.of(name));
                suite.running.put(name, s);
                starts.add(record(name, label, s));
            }
            ServiceInstance gateway = suite.gateway(jvm.of("gateway"));
            suite.running.put("gateway", gateway);
            starts.add(record("gateway", label, gateway));
        } finally {
            suite.stopServices();
        }
        return starts;
    }

    /**
     * The training run: each service started on JDK 25 recording an AOT cache, exercised by a few
     * requests, then stopped, at which point the JVM writes {@code <service>.aot}.
     */
    void train(Path jdk25) throws Exception {
        Files.createDirectories(aotDir);
        for (String name : List.of("events", "participants", "scenario", "gateway")) {
            Files.deleteIfExists(cache(name));
        }
        measure("training", name -> jdk(jdk25, "-XX:AOTCacheOutput=" + cache(name)));
        for (String name : List.of("events", "participants", "scenario", "gateway")) {
            if (!Files.exists(cache(name))) {
                throw new IllegalStateException("the training run left no AOT cache " + cache(name));
            }
        }
    }

    /**
     * The cache the system tests recorded for a service (AotTraining), when it belongs to the
     * jar as packaged now (written after it); null otherwise.
     */
    static Path testsCache(Path root, String name) {
        Path app = root.resolve(name.equals("gateway") ? name : name + "-service").resolve("target/quarkus-app");
        Path cache = app.resolve("app.aot");
        try {
            return Files.isRegularFile(cache) && Files.getLastModifiedTime(cache)
                    .compareTo(Files.getLastModifiedTime(app.resolve("quarkus-run.jar"))) > 0 ? cache : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    Path cache(String name) {
        return aotDir.resolve(name + ".aot").toAbsolutePath();
    }

    private static Start record(String name, String label, ServiceInstance s) throws Exception {
        for (String path : new String[] { "/q/health/ready", "/q/openapi", "/openapi" }) {
            HTTP.send(HttpRequest.newBuilder(URI.create(s.url() + path)).build(), HttpResponse.BodyHandlers.discarding());
        }
        return new Start(name, label, s.startup().toMillis(), Machine.rssMib(s.pid()));
    }

    /** The launcher for a service. */
    interface JvmFor {
        List<String> of(String service);
    }
}
