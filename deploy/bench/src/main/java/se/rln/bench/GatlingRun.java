package se.rln.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs {@link RegistrationSimulation} in its own JVM with Gatling's launcher and reads the
 * figures of its measured requests ({@code register}) from the page its HTML report has for
 * them, so that a warm-up's requests (named {@code warm-up}) are not counted; the report stays
 * next to the log.
 */
final class GatlingRun {

    record Result(long ok, long ko, double perSecond, double p50Ms, double p99Ms, double maxMs, Path report) {
    }

    private GatlingRun() {
    }

    static Result run(Path results, String description, Map<String, String> settings) throws Exception {
        Files.createDirectories(results);
        // the load generator shares the 2 cores with the suite: it runs as lean as the services (serial GC, C1 only),
        // since with C2 its own JVM, started afresh for each run, compiled through the 20 s it measured
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp",
                System.getProperty("java.class.path")));
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("io.gatling.app.Gatling", "-s", RegistrationSimulation.class.getName(), "-rf",
                results.toAbsolutePath().toString(), "-rd", description, "-l", "rln-bench"));
        Path log = results.resolve(description.replaceAll("\\W+", "-") + ".log");
        Process gatling = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!gatling.waitFor(10, TimeUnit.MINUTES) || gatling.exitValue() != 0) {
            throw new IllegalStateException("Gatling failed; see " + log);
        }
        Path report = newest(results);
        Path page;
        try (Stream<Path> pages = Files.list(report)) {
            page = pages.filter(f -> f.getFileName().toString().startsWith("req_register-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Gatling's report has no page for the register request: " + report));
        }
        String stats = Files.readString(page);
        boolean warmedUp;
        try (Stream<Path> pages = Files.list(report)) {
            warmedUp = pages.anyMatch(f -> f.getFileName().toString().startsWith("req_warm-up-"));
        }
        // after a warm-up, Gatling's mean rate is over the whole run: the measured requests' own is over their seconds
        double perSecond = warmedUp ? value(stats, "Total count", "total") / Double.parseDouble(settings.get("bench.seconds"))
                : value(stats, "Mean count/s", "total");
        return new Result((long) value(stats, "Total count", "ok"), (long) value(stats, "Total count", "ko"),
                perSecond, value(stats, "50th percentile", "ok"),
                value(stats, "99th percentile", "ok"), value(stats, "Max", "ok"), report.resolve("index.html"));
    }

    /**
     * A cell of the Stats tables of a request's page: the row titled {@code title}, the column
     * {@code total}, {@code ok} or {@code ko} ("-" = 0).
     */
    static double value(String page, String title, String column) {
        Matcher row = Pattern.compile("<td class=\"title\">" + Pattern.quote(title) + "(?:</abbr>)?</td>\\s*"
                + "<td class=\"total\">([^<]*)</td>\\s*<td class=\"ok\">([^<]*)</td>\\s*<td class=\"ko\">([^<]*)</td>")
                .matcher(page);
        if (!row.find()) {
            throw new IllegalStateException("Gatling's request page has no row '" + title + "'");
        }
        String cell = row.group(switch (column) {
            case "total" -> 1;
            case "ok" -> 2;
            default -> 3;
        }).trim().replace(",", "");
        return cell.equals("-") ? 0 : Double.parseDouble(cell);
    }

    private static Path newest(Path results) throws Exception {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(Files::isDirectory).max((a, b) -> Long.compare(a.toFile().lastModified(),
                    b.toFile().lastModified())).orElseThrow(() -> new IllegalStateException("Gatling wrote no report in "
                            + results + File.separator));
        }
    }
}
