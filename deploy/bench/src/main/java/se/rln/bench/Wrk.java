package se.rln.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code wrk} (Debian's package): a fixed number of keep-alive connections sending one GET back to back. */
final class Wrk {

    record Result(double p50Ms, double p99Ms, double requestsPerSecond, String command) {
    }

    private Wrk() {
    }

    static Result get(String url, String token, int connections, int seconds) {
        int threads = Math.min(2, connections);
        String out = Machine.run("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency", "-H",
                "Authorization: Bearer " + token, url);
        Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
        if (!rps.find() || out.contains("Non-2xx")) {
            throw new IllegalStateException("wrk said:\n" + out);
        }
        return new Result(percentile(out, "50%"), percentile(out, "99%"), Double.parseDouble(rps.group(1)),
                "wrk -t" + threads + " -c" + connections + " -d" + seconds + "s --latency");
    }

    private static double percentile(String out, String which) {
        Matcher m = Pattern.compile("\\s" + which + "\\s+([0-9.]+)(us|ms|s)").matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no " + which + " in wrk's output:\n" + out);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }
}
