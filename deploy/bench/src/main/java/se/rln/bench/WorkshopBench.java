package se.rln.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import se.rln.commons.testing.TestTokens;
import se.rln.tools.Api;

/**
 * A scenario-cross workshop at scale: {@code people} participants in groups, every one of them
 * following the live stream through the gateway, and every one submitting ratings at a constant
 * arrival rate. Fan-out latency: from a rater's answer until each viewer has the change.
 */
final class WorkshopBench {

    /** Rounds of ratings before the measured one. */
    private static final int WARM_UP_ROUNDS = 2;

    private final BenchSuite suite;
    private final Fixtures fixtures;
    private final Report report;
    private final Profiler profiler;

    /** {@code profiler} null: no flame graphs. */
    WorkshopBench(BenchSuite suite, Fixtures fixtures, Report report, Profiler profiler) {
        this.suite = suite;
        this.fixtures = fixtures;
        this.report = report;
        this.profiler = profiler;
    }

    void run(int people, int groups, double ratingsPerSecond) throws Exception {
        String event = fixtures.publishedDay("Scenariokorset i stor skala", people + 100, true);
        new Api(suite.gatewayUrl(), TestTokens.municipality("1281"))
                .putCsv("/api/v1/events/" + event + "/municipalities/1281/roster", Fixtures.csv("1281", people, "w"));
        Api admin = fixtures.admin;
        JsonNode workshop = Awaitility.await("the workshop with its " + people + " members").atMost(Duration.ofSeconds(120))
                .ignoreExceptions().until(() -> admin.get("/api/v1/workshops?event=" + event).get("items").get(0),
                        w -> w.get("members").asInt() >= people);
        String base = "/api/v1/workshops/" + workshop.get("id").asText();
        admin.post(base + "/groups/assignment", Map.of("groups", groups));
        List<JsonNode> all = new ArrayList<>();
        admin.get(base + "/groups").forEach(all::add);
        admin.post(base + "/phase", Map.of("phase", "FOCAL_QUESTION"));
        for (JsonNode g : all) {
            admin.put(base + "/groups/" + g.get("id").asText() + "/focal-question", Map.of("question",
                    "Hur ser välfärden i Skåne ut år 2035?", "horizon", "2035"));
        }
        admin.post(base + "/phase", Map.of("phase", "DRIVERS"));
        Map<String, List<String>> drivers = new ConcurrentHashMap<>();
        for (JsonNode g : all) {
            String group = g.get("id").asText();
            for (String title : List.of("Kompetensförsörjning", "Digitalisering av välfärden", "Tillit")) {
                drivers.computeIfAbsent(group, k -> new ArrayList<>()).add(admin.post(base + "/groups/" + group + "/drivers",
                        Map.of("title", title, "category", "SOCIAL")).get("id").asText());
            }
        }
        admin.post(base + "/phase", Map.of("phase", "RATING"));

        List<String[]> raters = new ArrayList<>();
        for (JsonNode g : all) {
            for (JsonNode m : g.get("members")) {
                raters.add(new String[] { g.get("id").asText(), TestTokens.participant(UUID.fromString(m.get("participantId")
                        .asText()), m.get("municipalityCode").asText()) });
            }
        }
        LiveViewers viewers = new LiveViewers();
        long opening = System.nanoTime();
        viewers.open(suite.gatewayUrl() + base + "/stream", raters.stream().map(r -> r[1]).toList());
        Awaitility.await("every viewer connected").atMost(Duration.ofSeconds(60)).until(() -> viewers.connected.get()
                == raters.size());
        double connectMs = (System.nanoTime() - opening) / 1e6;

        // two rounds warm the JIT compilers up on the ratings and their fan-out, as the first minutes of a workshop would
        // (on 2 shared cores they are still compiling through the first); then the measured one
        boolean complete = true;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            complete &= rate(base, raters, drivers, ratingsPerSecond, round).awaitAll(viewers, raters.size(), ratingsPerSecond);
            viewers.reset();
        }
        Map<String, Long> jvms = suite.pids();
        if (profiler != null) {
            profiler.start(jvms, Profiler.Kind.CPU);
        }
        Map<String, Double> cpuBefore = ProcessCpu.sample(jvms);
        Round measured = rate(base, raters, drivers, ratingsPerSecond, WARM_UP_ROUNDS);
        complete &= measured.awaitAll(viewers, raters.size(), ratingsPerSecond);
        Map<String, Double> cpu = ProcessCpu.between(cpuBefore, ProcessCpu.sample(jvms));
        viewers.close();
        Map<String, java.nio.file.Path> graphs = profiler == null ? Map.of() : profiler.stop(jvms, "workshop", Profiler.Kind.CPU);
        Map<String, Long> answered = measured.answered;
        Map<String, Long> submitted = measured.submitted;
        ConcurrentLinkedQueue<Integer> failures = measured.failures;
        long expected = (long) raters.size() * raters.size();
        Histogram fanOut = new Histogram(600_000_000L, 3);
        long early = 0;
        for (int v = 0; v < viewers.size(); v++) {
            for (LiveViewers.Arrival a : viewers.arrivals(v)) {
                Long sent = submitted.get(a.key());
                Long answer = answered.get(a.key());
                if (sent != null && answer != null) {
                    early += a.nanos() < answer ? 1 : 0;
                    fanOut.recordValue(Math.max(0, (a.nanos() - sent) / 1000));
                }
            }
        }
        double p50 = fanOut.getValueAtPercentile(50) / 1000.0;
        double p99 = fanOut.getValueAtPercentile(99) / 1000.0;
        report.figure(Report.f("Workshop fan-out, %d raters × %d SSE viewers (p99)", raters.size(), viewers.size()),
                Report.ms(p99), "≤ 250 ms", p99 <= 250 && complete && failures.isEmpty());
        report.heading("Workshop live fan-out")
                .line("%d participants in %d groups (3 drivers each) all follow `GET /workshops/{id}/stream` through the "
                        + "gateway with their own tokens (connected in %s). Each then submits ratings, %.0f per second at a "
                        + "constant arrival rate; every rating becomes `workshop.ratings-aggregated` (outbox → Kafka → every "
                        + "scenario-service instance → its SSE clients). All rate twice to warm the JIT compilers up, then "
                        + "once more, measured. Fan-out latency: the rater sending the rating → its arrival at each viewer "
                        + "(the rating's own round trip included).", raters.size(), groups, Report.ms(connectMs),
                        ratingsPerSecond)
                .table(List.of("Deliveries", "Expected", "Failed ratings", "p50", "p90", "p99", "max", "Arrived before the rater's own answer"),
                        List.of(List.of(Long.toString(fanOut.getTotalCount()), Long.toString(expected),
                                Integer.toString(failures.size()), Report.ms(p50),
                                Report.ms(fanOut.getValueAtPercentile(90) / 1000.0), Report.ms(p99),
                                Report.ms(fanOut.getMaxValue() / 1000.0), Long.toString(early))));
        cpuReport(cpu, fanOut.getTotalCount());
        if (!graphs.isEmpty()) {
            report.line("CPU flame graphs of the ratings and their fan-out: %s.", String.join(", ", graphs.entrySet().stream()
                    .map(g -> "[" + g.getKey() + "](" + report.relative(g.getValue()) + ")").toList()));
        }
    }

    /** CPU of each process over the measured round (ratings, relay, Kafka, fan-out), per 1 000 deliveries. */
    private void cpuReport(Map<String, Double> cpu, long deliveries) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Double> p : cpu.entrySet()) {
            if (p.getKey().endsWith(ProcessCpu.JIT)) {
                continue;
            }
            double jit = cpu.getOrDefault(p.getKey() + ProcessCpu.JIT, 0.0);
            rows.add(List.of(p.getKey(), Report.f("%.0f ms", p.getValue()), p.getKey().equals(ProcessCpu.POSTGRES) ? "-"
                    : Report.f("%.0f ms", jit), Report.f("%.1f ms", (p.getValue() - jit) * 1000 / Math.max(1, deliveries))));
        }
        report.line("CPU of each process over the measured round, from `/proc/<pid>/stat` (JIT compiler threads apart, "
                + "as for registrations), and without the JIT per 1 000 deliveries:")
                .table(List.of("Process", "CPU", "of it JIT compiling", "per 1 000 deliveries, without JIT"), rows);
    }

    /** One round of ratings: when each was sent and answered (by the rating it reports, see {@link LiveViewers#key}), and what failed. */
    private record Round(Map<String, Long> submitted, Map<String, Long> answered, ConcurrentLinkedQueue<Integer> failures,
            ScheduledExecutorService clock) {

        /** Until every rating is answered and every viewer has it (false if that took too long). */
        boolean awaitAll(LiveViewers viewers, int ratings, double ratingsPerSecond) {
            try {
                Awaitility.await("every rating answered").atMost(Duration.ofSeconds((long) (ratings / ratingsPerSecond) + 60))
                        .until(() -> answered.size() + failures.size() == ratings);
                Awaitility.await("every viewer has every rating").atMost(Duration.ofSeconds(60))
                        .until(() -> viewers.received() >= (long) viewers.size() * answered.size());
                return true;
            } catch (ConditionTimeoutException e) {
                return false;
            } finally {
                clock.shutdownNow();
            }
        }
    }

    /** Every rater rates their group's drivers once, {@code ratingsPerSecond} raters a second (constant arrival rate). */
    private Round rate(String base, List<String[]> raters, Map<String, List<String>> drivers, double ratingsPerSecond, int round) {
        Map<String, Long> submitted = new ConcurrentHashMap<>();
        Map<String, Long> answered = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Integer> failures = new ConcurrentLinkedQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        AtomicInteger next = new AtomicInteger();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long period = (long) (1_000_000_000L / ratingsPerSecond);
        clock.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= raters.size()) {
                return;
            }
            String[] rater = raters.get(i);
            StringBuilder body = new StringBuilder("{\"ratings\":[");
            List<String> ids = drivers.get(rater[0]);
            for (int d = 0; d < ids.size(); d++) {
                body.append(d == 0 ? "" : ",").append("{\"driverId\":\"").append(ids.get(d)).append("\",\"impact\":")
                        .append(1 + (i + d + round) % 5).append(",\"uncertainty\":").append(1 + (i * 3 + d) % 5).append('}');
            }
            long sent = System.nanoTime();
            http.sendAsync(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + base + "/groups/" + rater[0] + "/ratings"))
                    .header("Authorization", "Bearer " + rater[1]).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(body.append("]}").toString())).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                        long now = System.nanoTime();
                        if (e != null || r.statusCode() != 200) {
                            failures.add(e != null ? 0 : r.statusCode());
                        } else {
                            String key = LiveViewers.key(r.body());
                            submitted.put(key, sent);
                            answered.put(key, now);
                        }
                    });
        }, 0, period, TimeUnit.NANOSECONDS);
        return new Round(submitted, answered, failures, clock);
    }
}
