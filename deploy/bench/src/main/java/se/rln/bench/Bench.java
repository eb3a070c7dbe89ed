package se.rln.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark run behind {@code deploy/bench/run.sh}: measures the packaged suite on this
 * machine and writes {@code deploy/bench/report.md}. {@code --quick} shortens every phase (a
 * smoke run of the benchmark itself, not figures to quote); {@code --only=roster,workshop} runs
 * some phases (startup, registrations, propagation, overhead, roster, workshop) into
 * {@code target/report-partial.md}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Exception e) {
            System.err.println("benchmark failed: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
        }
        System.exit(0); // the suite's JVMs are stopped; HTTP clients' threads need not linger
    }

    private static void run(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../..").toAbsolutePath().normalize();
        boolean quick = Arrays.asList(args).contains("--quick");
        boolean profile = Arrays.asList(args).contains("--profile");
        List<String> only = Arrays.stream(args).filter(a -> a.startsWith("--only=")).flatMap(a -> Arrays.stream(a
                .substring(7).split(","))).toList();
        java.util.function.Predicate<String> phase = name -> only.isEmpty() || only.contains(name);
        Path work = root.resolve("deploy/bench/target/run");
        Files.createDirectories(work);
        // the services' JDK: the bench's own, which run.sh chooses as the local run does (JDK 25 when present)
        Path jdk = Path.of(System.getProperty("java.home"));
        boolean on25 = Runtime.version().feature() >= 25;
        Path jdk25 = on25 ? jdk : jdk25();
        Report report = new Report(root.resolve(quick || !only.isEmpty() ? "deploy/bench/target/report-partial.md"
                : "deploy/bench/report.md"));
        long began = System.nanoTime();
        try (BenchSuite suite = BenchSuite.prepare(root)) {
            StartupBench startup = new StartupBench(suite, work.resolve("aot"));
            String java17 = "JDK " + System.getProperty("java.version");
            List<StartupBench.Start> starts = new ArrayList<>();
            if (phase.test("startup")) {
                starts.addAll(startup.measure(java17, s -> StartupBench.jdk(jdk)));
            }
            if (jdk25 != null && !on25 && phase.test("startup")) {
                starts.addAll(startup.measure("JDK 25", s -> StartupBench.jdk(jdk25)));
            }
            // on JDK 25 the services run from their AOT caches, as the local run starts them
            if (jdk25 != null && (on25 || phase.test("startup"))) {
                startup.train(jdk25);
            }
            if (jdk25 != null && phase.test("startup")) {
                starts.addAll(startup.measure("JDK 25 + AOT cache", s -> StartupBench.jdk(jdk25, "-XX:AOTCache="
                        + startup.cache(s))));
            }
            // the caches the system tests trained, when this package is theirs (.ci/run, then run.sh --no-build)
            boolean testsTrained = Arrays.stream(BenchSuite.SERVICES).allMatch(s -> StartupBench.testsCache(root, s) != null)
                    && StartupBench.testsCache(root, "gateway") != null;
            if (jdk25 != null && phase.test("startup") && testsTrained) {
                starts.addAll(startup.measure("JDK 25 + AOT cache of the system tests", s -> StartupBench.jdk(jdk25,
                        "-XX:AOTCache=" + StartupBench.testsCache(root, s))));
            }
            suite.startAll(on25 ? s -> StartupBench.jdk(jdk, "-XX:AOTCache=" + startup.cache(s)) : s -> StartupBench.jdk(jdk));
            RssPeaks rss = new RssPeaks(suite);
            Fixtures fixtures = new Fixtures(suite.gatewayUrl());
            Profiler profiler = profile ? Profiler.into(root.resolve("deploy/bench/profiles"), work) : null;
            RegistrationBench registrations = new RegistrationBench(suite, fixtures, work, report, profiler);
            rss.phase("registrations");
            if (phase.test("registrations")) {
                // the peak is the machine's: enough clients back to back to keep its cores busy (with 16, each waiting for
                // its answer, 15 % of them stayed idle)
                registrations.run(32, quick ? 5 : 20);
                registrations.spread(32, quick ? 5 : 20, 10);
            }
            if (phase.test("propagation")) {
                registrations.propagation(quick ? 30 : 300);
            }
            if (phase.test("overhead")) {
                OverheadBench.run(suite, fixtures, report, quick ? 3 : 15);
            }
            rss.phase("workshop");
            if (phase.test("workshop")) {
                new WorkshopBench(suite, fixtures, report, profiler).run(quick ? 50 : 500, quick ? 5 : 10, 25);
            }
            // last: the heap it grows stays committed, so a phase after it would show its memory, not its own
            rss.phase("roster");
            if (phase.test("roster")) {
                new RosterBench(suite, fixtures, report).run(quick ? 1000 : 10000);
            }
            rss.close();
            if (phase.test("startup")) {
                startupReport(report, starts, rss);
            }
            report.heading("Machine and settings").table(List.of("", ""), Machine.describe(jdk25))
                    .line("Services: packaged for the JDK they run on (fast-jar; Quarkus's aot-jar on JDK 25, started with their AOT caches), each its own JVM with `deploy/service-jvm.options` (`-Xmx256m -Xms64m -Xmn24m -XX:+UseSerialGC`: at most "
                            + "what the JVM chooses by itself in the 512 MiB containers of deploy/kubernetes; `-XX:TieredStopAtLevel=1`: C1 only; "
                            + "`-XX:ReservedCodeCacheSize=240m`), production profile (access log "
                            + "on), one instance each; the gateway's per-client rate limits lifted for the load. Kafka: "
                            + "one KRaft broker on this machine. Everything, load generators included, shares the same 2 "
                            + "cores.");
        }
        report.write("Benchmark report", Report.f("Measured %s by `deploy/bench/run.sh`%s in %.0f s. Goals are the README's "
                + "performance targets; each figure is measured side by side in the same run.", OffsetDateTime.now(ZoneOffset.UTC).withNano(0),
                quick ? " --quick (smoke run: figures not meaningful)" : "", (System.nanoTime() - began) / 1e9));
        System.out.println("report: " + report);
    }

    private static void startupReport(Report report, List<StartupBench.Start> starts, RssPeaks peaks) {
        List<List<String>> rows = new ArrayList<>();
        Map<String, long[]> worst = new LinkedHashMap<>();
        double rss = 0;
        for (StartupBench.Start s : starts) {
            rows.add(List.of(s.service(), s.jvm(), s.firstRequestMs() + " ms", Report.f("%.0f MiB", s.rssMib())));
            worst.merge(s.jvm(), new long[] { s.firstRequestMs() }, (a, b) -> new long[] { Math.max(a[0], b[0]) });
            rss = Math.max(rss, s.rssMib());
        }
        for (Map.Entry<String, long[]> w : worst.entrySet()) {
            long goal = 2000; // per service, the AOT cache on JDK 25 included (issue 16)
            report.figure("Time to first request, slowest service, " + w.getKey(), w.getValue()[0] + " ms",
                    "≤ " + goal + " ms", w.getValue()[0] <= goal);
        }
        // the goal is for the registration and fan-out loads; the roster's peak is in the table beside them
        double loaded = peaks.largest(List.of("registrations", "workshop"));
        report.figure("RSS, largest service (after first request / peak under the registration and fan-out loads)",
                Report.f("%.0f / %.0f MiB", rss, loaded), "≤ 250 MB", rss <= 238 && loaded <= 238);
        List<String> header = new ArrayList<>(List.of("Service"));
        header.addAll(peaks.phases());
        report.heading("Start-up and memory")
                .line("Each service started alone on its JVM (broker and database up), timed from the process launch to its "
                        + "first successful answer (readiness, polled every 10 ms), and its RSS (VmRSS) after its first "
                        + "requests. The AOT cache (JEP 483/514/515) was recorded by a training run of the same jar on JDK "
                        + "25; where the packages are those .ci/run built, also with the caches the system tests recorded.")
                .table(List.of("Service", "JVM", "First request", "RSS after it"), rows)
                .line("Peak RSS of each service, sampled every 250 ms, in each phase of the run above:")
                .table(header, peaks.rows(header));
        List<List<String>> nmt = peaks.nativeMemoryRows();
        if (!nmt.isEmpty()) {
            List<String> columns = new ArrayList<>(List.of("Service", "End of phase"));
            NativeMemory.PARTS.keySet().forEach(columns::add);
            columns.addAll(List.of("the rest", "tracked in all", "RSS"));
            report.line("Where that memory is, by each JVM's native memory tracking (`-XX:NativeMemoryTracking=summary`, "
                    + "committed MiB) at the end of each phase, beside its RSS then. RSS counts only the pages touched, and "
                    + "also the C heap's own overhead, which tracking does not see:").table(columns, nmt);
        }
    }

    private static Path jdk25() {
        File[] candidates = new File("/usr/lib/jvm").listFiles(f -> f.getName().matches(".*-25(-.*)?")
                && new File(f, "bin/java").canExecute());
        return candidates == null || candidates.length == 0 ? null : candidates[0].toPath();
    }
}
