package se.rln.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a JVM's memory is, by its native memory tracking ({@code jcmd <pid> VM.native_memory
 * summary}): only when the services run with {@code -XX:NativeMemoryTracking=summary}
 * ({@code BENCH_JVM_OPTIONS}), since tracking costs a little of every allocation.
 */
final class NativeMemory {

    /** The categories reported, each the sum of NMT's lines named. */
    static final Map<String, List<String>> PARTS = parts();

    private static final Pattern LINE = Pattern.compile("^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB");
    private static final Pattern TOTAL = Pattern.compile("^Total: reserved=\\d+KB, committed=(\\d+)KB");

    private NativeMemory() {
    }

    private static Map<String, List<String>> parts() {
        Map<String, List<String>> parts = new LinkedHashMap<>();
        parts.put("heap", List.of("Java Heap"));
        parts.put("AOT cache (shared class space)", List.of("Shared class space"));
        parts.put("metaspace and classes", List.of("Class", "Metaspace"));
        parts.put("compiled code", List.of("Code"));
        parts.put("thread stacks", List.of("Thread"));
        return parts;
    }

    static boolean tracked() {
        String options = System.getenv("BENCH_JVM_OPTIONS");
        return options != null && options.contains("NativeMemoryTracking");
    }

    /** Committed MiB per category of {@link #PARTS}, "total" and "the rest"; empty when the JVM does not answer. */
    static Map<String, Double> committed(long pid) {
        Map<String, Double> byLine = new LinkedHashMap<>();
        double total = 0;
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "VM.native_memory", "summary").redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!jcmd.waitFor(30, TimeUnit.SECONDS)) {
                jcmd.destroyForcibly();
                return Map.of();
            }
            for (String line : out.split("\n")) {
                Matcher m = LINE.matcher(line.strip().startsWith("-") ? line.strip() : "");
                if (m.find()) {
                    byLine.put(m.group(1).strip(), Long.parseLong(m.group(2)) / 1024.0);
                }
                Matcher t = TOTAL.matcher(line.strip());
                if (t.find()) {
                    total = Long.parseLong(t.group(1)) / 1024.0;
                }
            }
        } catch (IOException e) {
            return Map.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Map.of();
        }
        if (byLine.isEmpty()) {
            return Map.of();
        }
        Map<String, Double> parts = new LinkedHashMap<>();
        double named = 0;
        for (Map.Entry<String, List<String>> part : PARTS.entrySet()) {
            double mib = part.getValue().stream().mapToDouble(l -> byLine.getOrDefault(l, 0.0)).sum();
            parts.put(part.getKey(), mib);
            named += mib;
        }
        parts.put("the rest", total - named);
        parts.put("total", total);
        return parts;
    }
}
