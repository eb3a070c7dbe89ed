package se.rln.system;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster the system tests own (the machine's binaries, a fresh data directory
 * under /tmp, a free port), so that a fault test may stop and start it. As root the server runs
 * as the {@code postgres} user, which PostgreSQL requires.
 */
final class PrivatePostgres {

    private final Path bin;
    private final Path data;
    private final int port;

    private PrivatePostgres(Path bin, Path data, int port) {
        this.bin = bin;
        this.data = data;
        this.port = port;
    }

    /** The newest installed PostgreSQL's binaries, or null when none is installed. */
    static Path binaries() {
        File[] versions = new File("/usr/lib/postgresql").listFiles(f -> new File(f, "bin/initdb").canExecute());
        if (versions == null || versions.length == 0) {
            return null;
        }
        return Arrays.stream(versions).max(Comparator.comparingInt(f -> Integer.parseInt(f.getName().replaceAll("\\D", "0"))))
                .map(f -> f.toPath().resolve("bin")).orElseThrow();
    }

    static PrivatePostgres create(Path bin) throws Exception {
        Path data = Files.createTempDirectory("rln-system-pg-");
        PrivatePostgres cluster = new PrivatePostgres(bin, data, freePort());
        if (root()) {
            run(List.of("chown", "postgres", data.toString()));
        }
        cluster.pg("initdb", "-D", data.toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        cluster.start();
        return cluster;
    }

    int port() {
        return port;
    }

    void start() throws Exception {
        pg("pg_ctl", "-D", data.toString(), "-w", "-t", "60", "-l", data.resolve("server.log").toString(), "-o",
                "-p " + port + " -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=300", "start");
    }

    /** A clean but abrupt stop: open sessions are terminated, as in a failover or an operator's restart. */
    void stop() throws Exception {
        pg("pg_ctl", "-D", data.toString(), "-w", "-m", "fast", "stop");
    }

    void destroy() {
        try {
            stop();
        } catch (Exception e) {
            // already stopped
        }
        try (var files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // leave it for /tmp's cleaner
        }
    }

    private void pg(String program, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (root()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        run(command);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
