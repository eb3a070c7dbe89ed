package se.rln.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import se.rln.commons.testing.ServiceInstance;

/**
 * Resident memory (VmRSS) of each running service, sampled every 250 ms, its peak kept per phase
 * of the run (the registration loads, the roster, the workshop's fan-out), since the goal is for
 * the loads it names.
 */
final class RssPeaks implements AutoCloseable {

    private final Map<String, ServiceInstance> running;
    private final Map<String, Map<String, Double>> peaks = new LinkedHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    private volatile Map<String, Double> current;
    private String currentPhase;
    /** With native memory tracking on: each service's committed memory by category at the end of each phase. */
    private final Map<String, Map<String, Map<String, Double>>> nativeMemory = new LinkedHashMap<>();

    RssPeaks(BenchSuite suite) {
        running = new LinkedHashMap<>(suite.running);
        phase("start");
        sampler.scheduleAtFixedRate(this::sample, 0, Duration.ofMillis(250).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** From now on the samples count for {@code name}. */
    synchronized void phase(String name) {
        endOfPhase();
        currentPhase = name;
        current = peaks.computeIfAbsent(name, n -> new LinkedHashMap<>());
    }

    private void endOfPhase() {
        if (currentPhase == null || !NativeMemory.tracked()) {
            return;
        }
        Map<String, Map<String, Double>> services = new LinkedHashMap<>();
        running.forEach((name, s) -> {
            Map<String, Double> parts = new LinkedHashMap<>(NativeMemory.committed(s.pid()));
            if (!parts.isEmpty()) {
                parts.put("RSS", Machine.rssMib(s.pid()));
                services.put(name, parts);
            }
        });
        if (!services.isEmpty()) {
            nativeMemory.put(currentPhase, services);
        }
    }

    /**
     * Rows of service, phase, RSS and the committed MiB of each category of {@link NativeMemory#PARTS}
     * at the end of each phase; empty without native memory tracking.
     */
    synchronized List<List<String>> nativeMemoryRows() {
        List<List<String>> rows = new ArrayList<>();
        nativeMemory.forEach((phase, services) -> services.forEach((service, parts) -> {
            List<String> row = new ArrayList<>(List.of(service, phase));
            parts.values().forEach(mib -> row.add(Report.f("%.0f", mib)));
            rows.add(row);
        }));
        return rows;
    }

    private synchronized void sample() {
        running.forEach((name, s) -> current.merge(name, Machine.rssMib(s.pid()), Math::max));
    }

    /** The largest peak of any service over the phases named. */
    synchronized double largest(List<String> phases) {
        return phases.stream().map(peaks::get).filter(p -> p != null).flatMap(p -> p.values().stream())
                .mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** A row per service: its peak in each phase that ran. */
    synchronized List<List<String>> rows(List<String> header) {
        List<List<String>> rows = new ArrayList<>();
        for (String service : running.keySet()) {
            List<String> row = new ArrayList<>(List.of(service));
            for (String phase : header.subList(1, header.size())) {
                Double peak = peaks.getOrDefault(phase, Map.of()).get(service);
                row.add(peak == null ? "" : Report.f("%.0f MiB", peak));
            }
            rows.add(row);
        }
        return rows;
    }

    synchronized List<String> phases() {
        return new ArrayList<>(peaks.keySet());
    }

    @Override
    public synchronized void close() {
        sampler.shutdownNow();
        endOfPhase();
        currentPhase = null;
    }
}
