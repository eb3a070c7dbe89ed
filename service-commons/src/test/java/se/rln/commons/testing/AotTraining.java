package se.rln.commons.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Training of the services' AOT caches (JEP 483/514/515) by the tests that start them as
 * packaged jars. With {@code -Drln.aot.train=true} (the {@code jdk25-aot} Maven profile sets it
 * for the system tests) and a JDK of 25 or newer, the first instance of each module started by
 * this JVM runs with {@code -XX:AOTCacheOutput=<module>/target/quarkus-app/app.aot}: what the
 * tests make it do is recorded, and the JVM writes the cache when the instance stops gracefully
 * (a killed instance writes nothing; one restarted goes on recording). The local run and the
 * container images start the service with {@code -XX:AOTCache=app.aot}.
 */
public final class AotTraining {

    /** How long a recording instance may take to stop: the JVM assembles the cache as it exits. */
    static final Duration EXIT_GRACE = Duration.ofMinutes(3);

    private static final String OUTPUT = "-XX:AOTCacheOutput=";
    private static final Set<Path> RECORDING = new HashSet<>();

    private AotTraining() {
    }

    /** Whether this JVM trains the caches: asked for, and a JDK that can record them. */
    public static boolean enabled() {
        return Boolean.getBoolean("rln.aot.train") && Runtime.version().feature() >= 25;
    }

    /** The cache of a module's packaged service. */
    public static Path cache(Path module) {
        return module.resolve(Path.of("target", "quarkus-app", "app.aot")).toAbsolutePath().normalize();
    }

    /**
     * The JVM options for an instance of {@code module}: the recording option for the first one
     * this JVM starts while training (an earlier cache of the module is removed first), otherwise none.
     */
    static synchronized List<String> recordingOptions(Path module) {
        Path cache = cache(module);
        if (!enabled() || !RECORDING.add(cache)) {
            return List.of();
        }
        try {
            Files.deleteIfExists(cache);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the AOT cache " + cache, e);
        }
        return List.of(OUTPUT + cache);
    }

    /** Whether a launch command records a cache. */
    static boolean records(List<String> command) {
        return command.stream().anyMatch(option -> option.startsWith(OUTPUT));
    }
}
