package se.rln.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@link RegistrationSimulation} in its own JVM with Gatling's launcher and reads the
 * figures from the summary it prints (its HTML report stays next to the log).
 */
final class GatlingRun {

    record Result(long ok, long ko, double perSecond, double p50Ms, double p99Ms, double maxMs, Path report) {
    }

    private GatlingRun() {
    }

    static Result run(Path results, String description, Map<String, String> settings) throws Exception {
        Files.createDirectories(results);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp", System.getProperty("java.class.path")));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("io.gatling.app.Gatling", "-s", RegistrationSimulation.class.getName(), "-rf",
                results.toAbsolutePath().toString(), "-rd", description, "-l", "rln-bench"));
        Path log = results.resolve(description.replaceAll("\\W+", "-") + ".log");
        Process gatling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!gatling.waitFor(10, TimeUnit.MINUTES) || gatling.exitValue() != 0) {
            throw new IllegalStateException("Gatling failed; see " + log);
        }
        String out = Files.readString(log);
        return new Result((long) value(out, "request count", 2), (long) value(out, "request count", 3),
                value(out, "mean throughput (rps)", 1), value(out, "response time 50th percentile (ms)", 1),
                value(out, "response time 99th percentile (ms)", 1), value(out, "max response time (ms)", 1),
                newest(results).resolve("index.html"));
    }

    /** A figure of Gatling's "Global Information" summary: column 1 total, 2 OK, 3 KO ("-" = 0). */
    private static double value(String out, String figure, int column) {
        for (String line : out.split("\n")) {
            if (line.startsWith("> " + figure + " ")) {
                String cell = line.split("\\|")[column].trim().replace(",", "");
                return cell.equals("-") ? 0 : Double.parseDouble(cell);
            }
        }
        throw new IllegalStateException("Gatling's summary has no '" + figure + "'");
    }

    private static Path newest(Path results) throws Exception {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory).max((a, b) -> Long.compare(a.toFile().lastModified(),
                    b.toFile().lastModified())).orElseThrow(() -> new IllegalStateException("Gatling wrote no report in "
                            + results + File.separator));
        }
    }
}
