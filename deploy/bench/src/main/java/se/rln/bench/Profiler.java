package se.rln.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU flame graphs of running JVMs with async-profiler (its native library comes in the
 * {@code tools.profiler:async-profiler} jar), loaded into each JVM through the attach API for
 * the length of one load and written as HTML.
 */
final class Profiler {

    private final Path library;
    private final Path out;
    private final Path work;

    private Profiler(Path library, Path out, Path work) {
        this.library = library;
        this.out = out;
        this.work = work;
    }

    /** Flame graphs into {@code out}; the native library is unpacked into {@code work}. */
    static Profiler into(Path out, Path work) throws Exception {
        Files.createDirectories(out);
        Files.createDirectories(work);
        Path library = work.resolve("libasyncProfiler.so");
        try (InputStream in = Profiler.class.getResourceAsStream("/linux-x64/libasyncProfiler.so")) {
            if (in == null) {
                throw new IllegalStateException("async-profiler's linux-x64 library is not on the class path");
            }
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Profiler(library, out, work);
    }

    /** What is sampled: CPU time (every 1 ms of it) or heap allocations (every 512 KiB allocated). */
    enum Kind {
        CPU("cpu", "event=cpu,interval=1ms"), ALLOC("alloc", "event=alloc,alloc=512k");

        final String name;
        final String options;

        Kind(String name, String options) {
            this.name = name;
            this.options = options;
        }
    }

    /** Starts sampling {@code kind} in each JVM. */
    void start(Map<String, Long> pids, Kind kind) throws Exception {
        for (long pid : pids.values()) {
            command(pid, "start," + kind.options);
        }
    }

    /**
     * Stops sampling and writes {@code <load>-<name>-<kind>.html} per JVM, and the same stacks
     * collapsed into the work folder ({@code .collapsed}: one line per stack and its sample count,
     * for grep and diff); answers the HTML files.
     */
    Map<String, Path> stop(Map<String, Long> pids, String load, Kind kind) throws Exception {
        Map<String, Path> graphs = new LinkedHashMap<>();
        for (Map.Entry<String, Long> p : pids.entrySet()) {
            String stem = load + "-" + p.getKey() + "-" + kind.name;
            command(p.getValue(), "dump,collapsed,file=" + work.resolve(stem + ".collapsed"));
            Path file = out.resolve(stem + ".html");
            command(p.getValue(), "stop,file=" + file);
            graphs.put(p.getKey(), file);
        }
        return graphs;
    }

    private void command(long pid, String options) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        try {
            vm.loadAgentPath(library.toString(), options);
        } finally {
            vm.detach();
        }
    }
}
