package se.rln.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import se.rln.commons.testing.TestTokens;

/**
 * Registrations through the gateway side by side with pgbench on the same PostgreSQL, latency at
 * a constant arrival rate, and how long a registration takes to show in events-service's seat
 * statistics.
 */
final class RegistrationBench {

    static final List<String> CODES = List.of("1280", "1281", "1283", "1290", "1286", "0127", "1960", "2181");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final BenchSuite suite;
    private final Fixtures fixtures;
    private final Path work;
    private final Report report;
    private final Profiler profiler;

    /** {@code profiler} null: no flame graphs. */
    RegistrationBench(BenchSuite suite, Fixtures fixtures, Path work, Report report, Profiler profiler) {
        this.suite = suite;
        this.fixtures = fixtures;
        this.work = work;
        this.report = report;
        this.profiler = profiler;
    }

    void run(int clients, int seconds) throws Exception {
        Pgbench.Result pg = Pgbench.inserts(clients, seconds, work);
        // long enough for the JIT compilers to settle (in a short one they took half of every JVM's CPU),
        // so that the CPU below is what a registration costs a warm suite
        warmUp(fixtures.publishedDay("Uppvärmning", 100000, false), clients, Duration.ofSeconds(seconds * 3));
        String rush = fixtures.publishedDay("Registreringsrusning", 100000, false);
        Map<String, Long> pids = suite.pids();
        Map<String, Long> jvms = new LinkedHashMap<>(pids);
        if (profiler != null) {
            profiler.start(jvms, Profiler.Kind.CPU);
        }
        Map<String, Double> before = ProcessCpu.sample(pids);
        ProcessCpu.Cores machineBefore = ProcessCpu.Cores.sample();
        GatlingRun.Result closed = GatlingRun.run(work.resolve("gatling"), "registrations-" + clients + "-clients",
                settings(rush, "closed", Map.of("bench.users", Integer.toString(clients), "bench.seconds",
                        Integer.toString(seconds))));
        // the consumers and the relay finish what the load left them before the second sample
        awaitQuiet(rush, closed.ok());
        Map<String, Double> cpu = ProcessCpu.between(before, ProcessCpu.sample(pids));
        ProcessCpu.Cores machine = ProcessCpu.Cores.sample().since(machineBefore);
        Map<String, Path> graphs = profiler == null ? Map.of() : profiler.stop(jvms, "registrations", Profiler.Kind.CPU);
        double rate = Math.max(10, Math.floor(closed.perSecond() * 0.5));
        String steady = fixtures.publishedDay("Registrering i jämn takt", 100000, false);
        if (profiler != null) {
            profiler.start(jvms, Profiler.Kind.ALLOC);
        }
        GatlingRun.Result open = GatlingRun.run(work.resolve("gatling"), "registrations-" + (int) rate + "-per-second",
                settings(steady, "open", Map.of("bench.rate", Double.toString(rate), "bench.seconds",
                        Integer.toString(seconds))));
        Map<String, Path> allocations = profiler == null ? Map.of() : profiler.stop(jvms, "registrations", Profiler.Kind.ALLOC);
        double ratio = closed.perSecond() / pg.tps();
        // issue 16's targets: 600/s on one event with the ratio to pgbench printed, p99 50 ms at half the peak
        report.figure("Registration throughput via gateway, one event (÷ pgbench inserts)", Report.f(
                "%.0f/s, %d failed (÷ %.0f/s = %.3f)", closed.perSecond(), closed.ko(), pg.tps(), ratio), "≥ 600/s, 0 failed",
                closed.perSecond() >= 600 && closed.ko() == 0);
        report.figure(Report.f("Registration latency at %.0f/s, half the peak, open model (p50 / p99)", rate),
                Report.ms(open.p50Ms()) + " / " + Report.ms(open.p99Ms()), "p99 ≤ 50 ms, 0 failed",
                open.p99Ms() <= 50 && open.ko() == 0);
        report.heading("Registration throughput and latency")
                .line("Each registration is a new person of one of %d municipalities (their HR systems' tokens) onto one "
                        + "event, through the gateway: JWT checked at the gateway and the service, the event's seat ledger "
                        + "row locked, participant, registration, ledger and outbox rows written in one transaction, the "
                        + "change published to Kafka by the relay. The yardstick is `%s`: one single-row INSERT "
                        + "per transaction into a registration-shaped table, on the same PostgreSQL.", CODES.size(), pg.command())
                .table(List.of("Run", "Load", "OK / failed", "Throughput", "p50", "p99", "max"), List.of(
                        List.of("pgbench inserts", clients + " clients, " + seconds + " s", "-", Report.f("%.0f/s", pg.tps()),
                                "avg " + Report.ms(pg.latencyMs()), "-", "-"),
                        row("Gatling, closed model", clients + " clients back to back, " + seconds + " s", closed),
                        row("Gatling, open model", Report.f("%.0f arrivals/s, %d s after 5 s of the same not measured", rate, seconds), open)))
                .line("Gatling's reports: `%s`, `%s`.", work.relativize(closed.report()), work.relativize(open.report()));
        cpuReport(cpu, closed.ok(), graphs, allocations);
        ceilingReport(cpu, machine, closed);
    }

    /**
     * Whether the closed-model run was bound by the machine's CPU, and the rate its cost per
     * registration allows: every core's time over what one registration takes of the suite and
     * PostgreSQL together (JIT included), were the load generator free.
     */
    private void ceilingReport(Map<String, Double> cpu, ProcessCpu.Cores machine, GatlingRun.Result closed) {
        double suiteAndPostgres = ProcessCpu.perRegistration(cpu, closed.ok());
        double rest = machine.busyMs() / closed.ok() - suiteAndPostgres;
        int cores = Runtime.getRuntime().availableProcessors();
        double ceiling = cores * 1000.0 / suiteAndPostgres;
        report.figure("The machine's CPU during the closed-model run: busy / stolen; the rate the suite's and PostgreSQL's "
                + "CPU per registration allows on its cores", Report.f("%.0f %% / %.0f %%; %.0f/s", 100 * machine.busyMs()
                        / machine.totalMs(), 100 * machine.stealMs() / machine.totalMs(), ceiling), "(reported)", true);
        report.heading("What bounds the rate")
                .line("The whole machine's CPU from `/proc/stat` over the same window as the table above (all %d cores, every "
                        + "process): busy %.0f %%, idle %.0f %%, stolen by the hypervisor %.0f %%. Of the busy time, per "
                        + "registration: the suite and PostgreSQL %.2f ms, everything else %.2f ms (the load generator: "
                        + "Gatling's JVM from its start, the bench). Were the load generator free and the cores the suite's "
                        + "alone, %d cores ÷ %.2f ms allow **%.0f registrations/s**; 600/s needs at most %.2f ms, 1 000/s "
                        + "at most %.2f ms.", cores, 100 * machine.busyMs() / machine.totalMs(), 100 * machine.idleMs()
                        / machine.totalMs(), 100 * machine.stealMs() / machine.totalMs(), suiteAndPostgres, rest, cores,
                        suiteAndPostgres, ceiling, cores * 1000.0 / 600, cores * 1000.0 / 1000);
    }

    /**
     * The closed-model load spread over {@code events} events in turn: each event's ledger is its
     * own lock and its own group-commit line, so registrations of different events commit in parallel.
     */
    void spread(int clients, int seconds, int events) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= events; i++) {
            ids.add(fixtures.publishedDay("Registreringsdag " + i, 100000, false));
        }
        Map<String, Long> pids = suite.pids();
        Map<String, Double> before = ProcessCpu.sample(pids);
        ProcessCpu.Cores machineBefore = ProcessCpu.Cores.sample();
        GatlingRun.Result spread = GatlingRun.run(work.resolve("gatling"), "registrations-" + events + "-events",
                settings(String.join(",", ids), "closed", Map.of("bench.users", Integer.toString(clients), "bench.seconds",
                        Integer.toString(seconds))));
        for (String id : ids) {
            awaitQuiet(id, spread.ok() / events); // what the load left the consumers, before the next phase
        }
        Map<String, Double> cpu = ProcessCpu.between(before, ProcessCpu.sample(pids));
        ProcessCpu.Cores machine = ProcessCpu.Cores.sample().since(machineBefore);
        report.figure("Registration throughput via gateway, spread over " + events + " events", Report.f("%.0f/s, %d failed",
                spread.perSecond(), spread.ko()), "≥ 1000/s, 0 failed", spread.perSecond() >= 1000 && spread.ko() == 0);
        List<List<String>> rows = new ArrayList<>();
        cpu.forEach((process, ms) -> {
            if (!process.endsWith(ProcessCpu.JIT)) {
                rows.add(List.of(process, Report.f("%.0f ms", ms), Report.f("%.2f ms", ms / spread.ok())));
            }
        });
        double suiteAndPostgres = ProcessCpu.perRegistration(cpu, spread.ok());
        report.heading("Registrations spread over " + events + " events")
                .line("The closed model again (%d clients back to back, %d s), each request to the next of %d published events "
                        + "in turn.", clients, seconds, events)
                .table(List.of("Run", "Load", "OK / failed", "Throughput", "p50", "p99", "max"), List.of(
                        row("Gatling, closed model", clients + " clients, " + events + " events, " + seconds + " s", spread)))
                .line("Gatling's report: `%s`.", work.relativize(spread.report()))
                .line("CPU of each process over this run (JIT included), measured as for one event; the machine was busy "
                        + "%.0f %% of the time, and the suite's and PostgreSQL's %.2f ms per registration allow %.0f/s on its "
                        + "%d cores:", 100 * machine.busyMs() / machine.totalMs(), suiteAndPostgres,
                        Runtime.getRuntime().availableProcessors() * 1000.0 / suiteAndPostgres,
                        Runtime.getRuntime().availableProcessors())
                .table(List.of("Process", "CPU", "per registration"), rows);
    }

    /**
     * CPU per registration of the closed-model run, per process, from {@code /proc/<pid>/stat}
     * before the run and after the last registration reached events-service.
     */
    private void cpuReport(Map<String, Double> cpu, long registrations, Map<String, Path> graphs,
            Map<String, Path> allocations) {
        List<List<String>> rows = new ArrayList<>();
        double suiteMs = 0;
        double jitMs = 0;
        for (Map.Entry<String, Double> p : cpu.entrySet()) {
            if (p.getKey().endsWith(ProcessCpu.JIT)) {
                continue;
            }
            boolean postgres = p.getKey().equals(ProcessCpu.POSTGRES);
            double jit = cpu.getOrDefault(p.getKey() + ProcessCpu.JIT, 0.0);
            if (!postgres) {
                suiteMs += p.getValue();
                jitMs += jit;
            }
            rows.add(List.of(p.getKey(), Report.f("%.0f ms", p.getValue()), postgres ? "-" : Report.f("%.0f ms", jit),
                    Report.f("%.2f ms", p.getValue() / registrations), Report.f("%.2f ms", (p.getValue() - jit) / registrations),
                    profiles(graphs.get(p.getKey()), allocations.get(p.getKey()))));
        }
        double all = suiteMs / registrations;
        double warm = (suiteMs - jitMs) / registrations;
        rows.add(List.of("**the suite (all but PostgreSQL)**", Report.f("%.0f ms", suiteMs), Report.f("%.0f ms", jitMs),
                Report.f("%.2f ms", all), Report.f("**%.2f ms**", warm), ""));
        String profiles = graphs.isEmpty() ? "" : " CPU flame graphs are of the closed-model run; allocation flame graphs "
                + "(a sample every 512 KiB allocated) of the open-model run after it.";
        report.figure("CPU per registration, the suite's processes without JIT compiling (with it)",
                Report.f("%.2f ms (%.2f ms)", warm, all), "≤ 2.5 ms with it", all <= 2.5);
        report.heading("CPU per registration")
                .line("User + system CPU of each process (all threads) from `/proc/<pid>/stat`, from just before the "
                        + "closed-model run until events-service's statistics showed its last registration (relay, Kafka and "
                        + "consumers included), divided by the %d registrations it answered 201. On 2 cores shared by every "
                        + "process the JIT compilers are still at work after the warm-up, so their threads' CPU is shown apart "
                        + "and left out of the per-registration figure of a warm suite. PostgreSQL is every process named "
                        + "`postgres`, reported beside the suite.%s", registrations, profiles)
                .table(List.of("Process", "CPU", "of it JIT compiling", "per registration", "without JIT", "profiles"), rows);
    }

    private String profiles(Path cpu, Path allocations) {
        List<String> links = new ArrayList<>();
        if (cpu != null) {
            links.add("[CPU](" + report.relative(cpu) + ")");
        }
        if (allocations != null) {
            links.add("[allocations](" + report.relative(allocations) + ")");
        }
        return links.isEmpty() ? "-" : String.join(" · ", links);
    }

    /** Waits until events-service has applied {@code count} registrations of the event (at most 60 s). */
    private void awaitQuiet(String event, long count) throws Exception {
        String coordinator = TestTokens.coordinator(java.util.UUID.fromString(fixtures.host));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ledgerVersion(event, coordinator) < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    /** Registrations back to back for a while, so that the measured runs find the services' JIT warm. */
    private void warmUp(String event, int clients, Duration duration) throws Exception {
        long ends = System.nanoTime() + duration.toNanos();
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        String token = TestTokens.municipality("1280");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        List<java.util.concurrent.Future<?>> loops = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            loops.add(pool.submit(() -> {
                while (System.nanoTime() < ends) {
                    register(event, token, "1280", "Varm " + n.incrementAndGet());
                }
                return null;
            }));
        }
        for (var loop : loops) {
            loop.get();
        }
        pool.shutdown();
    }

    private HttpResponse<String> register(String event, String token, String code, String familyName) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + "/api/v1/events/" + event
                + "/registrations")).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"participant\":{\"givenName\":\"Märta\",\"familyName\":\""
                        + familyName + "\",\"email\":\"marta." + familyName.replace(' ', '.').toLowerCase(java.util.Locale.ROOT)
                        + "@kommun" + code + ".se\",\"municipalityCode\":\"" + code + "\"}}"))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> row(String run, String load, GatlingRun.Result r) {
        return List.of(run, load, r.ok() + " / " + r.ko(), Report.f("%.0f/s", r.perSecond()), Report.ms(r.p50Ms()),
                Report.ms(r.p99Ms()), Report.ms(r.maxMs()));
    }

    private Map<String, String> settings(String event, String mode, Map<String, String> more) {
        Map<String, String> settings = new HashMap<>(more);
        settings.put("bench.base", suite.gatewayUrl());
        settings.put("bench.event", event);
        settings.put("bench.mode", mode);
        settings.put("bench.run", Long.toString(System.nanoTime()));
        settings.put("bench.codes", String.join(",", CODES));
        List<String> tokens = new ArrayList<>();
        CODES.forEach(code -> tokens.add(TestTokens.municipality(code)));
        settings.put("bench.tokens", String.join(",", tokens));
        return settings;
    }

    /**
     * {@code samples} registrations one after the other; after each 201, events-service's
     * statistics are read directly in a tight loop until they show its ledger version.
     */
    void propagation(int samples) throws Exception {
        String event = fixtures.publishedDay("Spridningsmätning", 100000, false);
        String token = TestTokens.municipality("1280");
        String coordinator = TestTokens.coordinator(java.util.UUID.fromString(fixtures.host));
        Histogram latency = new Histogram(60_000_000L, 3);
        for (int i = 1; i <= samples; i++) {
            HttpResponse<String> r = register(event, token, "1280", "Ström " + i);
            long committed = System.nanoTime();
            if (r.statusCode() != 201) {
                throw new IllegalStateException("registration answered " + r.statusCode() + ": " + r.body());
            }
            long deadline = committed + Duration.ofSeconds(30).toNanos();
            while (ledgerVersion(event, coordinator) < i) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("registration " + i + " did not reach events-service in 30 s");
                }
            }
            latency.recordValue((System.nanoTime() - committed) / 1000);
        }
        double p50 = latency.getValueAtPercentile(50) / 1000.0;
        double p99 = latency.getValueAtPercentile(99) / 1000.0;
        report.figure("Event propagation registration → stats (p50 / p99)", Report.ms(p50) + " / " + Report.ms(p99),
                "p99 ≤ 100 ms", p99 <= 100);
        report.heading("Event propagation")
                .line("%d registrations one after the other through the gateway; from each 201 until events-service's `GET "
                        + "/events/{id}/stats` (read directly, in a tight loop) shows the new ledger version: outbox relay "
                        + "(woken by the commit), Kafka, the idempotent consumer's transaction.", samples)
                .table(List.of("p50", "p90", "p99", "max"), List.of(List.of(Report.ms(p50),
                        Report.ms(latency.getValueAtPercentile(90) / 1000.0), Report.ms(p99),
                        Report.ms(latency.getMaxValue() / 1000.0))));
    }

    private long ledgerVersion(String event, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(suite.url("events") + "/api/v1/events/" + event
                + "/stats")).header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        int at = r.body().indexOf("\"ledgerVersion\":");
        if (r.statusCode() != 200 || at < 0) {
            return -1;
        }
        int from = at + "\"ledgerVersion\":".length();
        int to = from;
        while (to < r.body().length() && Character.isDigit(r.body().charAt(to))) {
            to++;
        }
        return Long.parseLong(r.body().substring(from, to));
    }
}
