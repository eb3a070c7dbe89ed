package se.rln.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time (user + system, all threads) of the suite's processes from {@code /proc/<pid>/stat},
 * sampled before and after a load, so that a registration's cost can be told per process, and
 * of their JIT compiler threads ({@code /proc/<pid>/task/<tid>/stat} named {@code C1/C2
 * CompilerThre…}), which on 2 busy cores go on compiling for minutes and would otherwise be
 * counted as the cost of the registrations of the moment. PostgreSQL is every process named
 * {@code postgres} (its backends, the checkpointer, the WAL writer), reported beside the suite.
 */
final class ProcessCpu {

    static final String POSTGRES = "PostgreSQL (all processes)";
    /** The key suffix of a JVM's JIT compiler threads' share. */
    static final String JIT = " (JIT compiler threads)";
    private static final double MS_PER_TICK = 1000.0 / clockTicks();

    private ProcessCpu() {
    }

    /** CPU milliseconds used so far by each named process, and by PostgreSQL. */
    static Map<String, Double> sample(Map<String, Long> pids) throws IOException {
        Map<String, Double> used = new LinkedHashMap<>();
        for (Map.Entry<String, Long> p : pids.entrySet()) {
            Path proc = Path.of("/proc", Long.toString(p.getValue()));
            used.put(p.getKey(), ticks(proc.resolve("stat")) * MS_PER_TICK);
            used.put(p.getKey() + JIT, compilerTicks(proc) * MS_PER_TICK);
        }
        double postgres = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : procs.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(proc.resolve("stat"));
                    if (stat.contains("(postgres)")) {
                        postgres += ticks(stat) * MS_PER_TICK;
                    }
                } catch (IOException gone) {
                    // the process ended between the listing and the read
                }
            }
        }
        used.put(POSTGRES, postgres);
        return used;
    }

    /**
     * The whole machine's CPU from {@code /proc/stat} (all cores, every process, the load
     * generators included), in milliseconds: busy (user, nice, system, irq, softirq), idle
     * (idle, iowait), and stolen by the hypervisor.
     */
    record Cores(double busyMs, double idleMs, double stealMs) {

        static Cores sample() throws IOException {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]);
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            return new Cores(busy * MS_PER_TICK, idle * MS_PER_TICK, steal * MS_PER_TICK);
        }

        Cores since(Cores before) {
            return new Cores(busyMs - before.busyMs, idleMs - before.idleMs, stealMs - before.stealMs);
        }

        double totalMs() {
            return busyMs + idleMs + stealMs;
        }
    }

    /** Milliseconds of CPU of the processes measured and PostgreSQL, their JIT threads counted within them, per registration. */
    static double perRegistration(Map<String, Double> used, long registrations) {
        return used.entrySet().stream().filter(e -> !e.getKey().endsWith(JIT)).mapToDouble(Map.Entry::getValue).sum()
                / registrations;
    }

    /** What each process used between two samples. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = new LinkedHashMap<>();
        after.forEach((name, ms) -> used.put(name, ms - before.getOrDefault(name, 0.0)));
        return used;
    }

    private static long compilerTicks(Path proc) throws IOException {
        long ticks = 0;
        try (Stream<Path> threads = Files.list(proc.resolve("task"))) {
            for (Path thread : threads.toList()) {
                try {
                    String stat = Files.readString(thread.resolve("stat"));
                    if (stat.contains("(C1 CompilerThre") || stat.contains("(C2 CompilerThre")) {
                        ticks += ticks(stat);
                    }
                } catch (IOException gone) {
                    // the thread ended between the listing and the read
                }
            }
        }
        return ticks;
    }

    private static long ticks(Path stat) throws IOException {
        return ticks(Files.readString(stat));
    }

    /** utime + stime: fields 14 and 15, counted after the command name's closing parenthesis. */
    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static long clockTicks() {
        String ticks = Machine.run("getconf", "CLK_TCK").strip();
        return ticks.matches("\\d+") ? Long.parseLong(ticks) : 100;
    }
}
