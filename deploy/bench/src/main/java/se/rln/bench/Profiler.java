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

    private Profiler(Path library, Path out) {
        this.library = library;
        this.out = out;
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
        return new Profiler(library, out);
    }

    /** Starts CPU sampling (every 1 ms of CPU) in each JVM. */
    void start(Map<String, Long> pids) throws Exception {
        for (long pid : pids.values()) {
            command(pid, "start,event=cpu,interval=1ms");
        }
    }

    /** Stops sampling and writes {@code <name>-cpu.html} per JVM; answers the files. */
    Map<String, Path> stop(Map<String, Long> pids, String load) throws Exception {
        Map<String, Path> graphs = new LinkedHashMap<>();
        for (Map.Entry<String, Long> p : pids.entrySet()) {
            Path file = out.resolve(load + "-" + p.getKey() + "-cpu.html");
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
