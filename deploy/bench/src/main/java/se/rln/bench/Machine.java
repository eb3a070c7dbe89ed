package se.rln.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on: machine, operating system, versions of everything involved. */
final class Machine {

    private Machine() {
    }

    static List<List<String>> describe(Path jdk25) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("CPU", cpu() + ", " + Runtime.getRuntime().availableProcessors() + " cores"));
        rows.add(List.of("Memory", memTotal()));
        rows.add(List.of("Kernel", run("uname", "-sr")));
        rows.add(List.of("JDK (services, default)", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")));
        rows.add(List.of("JDK 25", jdk25 == null ? "not installed" : firstLine(run(jdk25.resolve("bin/java").toString(), "-version"))));
        rows.add(List.of("PostgreSQL", postgres()));
        rows.add(List.of("Kafka", "Apache Kafka " + kafkaVersion() + " (KRaft, one broker, from Maven Central)"));
        rows.add(List.of("Quarkus", quarkusVersion()));
        rows.add(List.of("pgbench", run("pgbench", "--version")));
        rows.add(List.of("wrk", firstLine(run("wrk", "-v"))));
        rows.add(List.of("Gatling", io.gatling.javaapi.core.Simulation.class.getPackage().getImplementationVersion() == null
                ? "3.14.9" : io.gatling.javaapi.core.Simulation.class.getPackage().getImplementationVersion()));
        return rows;
    }

    static String cpu() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown CPU";
    }

    static String memTotal() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            if (line.startsWith("MemTotal")) {
                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                return Report.f("%.1f GiB", kb / 1024.0 / 1024.0);
            }
        }
        return "unknown";
    }

    /** Resident set size of a process, in MiB (VmRSS), or -1 when it is gone. */
    static double rssMib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static String postgres() throws Exception {
        try (Connection c = DriverManager.getConnection(BenchSuite.POSTGRES + "postgres", "postgres", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT version(), current_setting('shared_buffers'), "
                        + "current_setting('synchronous_commit'), current_setting('max_connections')")) {
            rs.next();
            return rs.getString(1).replaceAll(" on .*", "") + " (127.0.0.1:5432; shared_buffers " + rs.getString(2)
                    + ", synchronous_commit " + rs.getString(3) + ", max_connections " + rs.getString(4) + ")";
        }
    }

    private static String quarkusVersion() throws IOException {
        Path list = Path.of("..", "..", "events-service", "target", "quarkus-app", "quarkus-app-dependencies.txt");
        for (String line : Files.readAllLines(list)) {
            if (line.startsWith("io.quarkus:quarkus-core::jar:")) {
                return line.substring("io.quarkus:quarkus-core::jar:".length());
            }
        }
        return "?";
    }

    private static String kafkaVersion() {
        String v = org.apache.kafka.common.utils.AppInfoParser.getVersion();
        return v == null ? "?" : v;
    }

    static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor(30, TimeUnit.SECONDS);
            return out;
        } catch (IOException e) {
            return "not installed";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
