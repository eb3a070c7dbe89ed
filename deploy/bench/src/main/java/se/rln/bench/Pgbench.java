package se.rln.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yardstick: raw single-row inserts by {@code pgbench} into a registration-shaped table on
 * the same PostgreSQL the services use, each insert its own transaction.
 */
final class Pgbench {

    record Result(double tps, double latencyMs, String command) {
    }

    private Pgbench() {
    }

    static Result inserts(int clients, int seconds, Path work) throws Exception {
        BenchSuite.recreate("rln_bench_pgbench");
        try (Connection c = DriverManager.getConnection(BenchSuite.POSTGRES + "rln_bench_pgbench", "postgres", "")) {
            c.createStatement().execute("""
                    CREATE TABLE registration (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), event_id uuid NOT NULL,
                        given_name text NOT NULL, family_name text NOT NULL, email text NOT NULL,
                        municipality_code char(4) NOT NULL, created_at timestamptz NOT NULL DEFAULT now())""");
        }
        Path script = work.resolve("pgbench-insert.sql");
        Files.writeString(script, """
                INSERT INTO registration (event_id, given_name, family_name, email, municipality_code)
                VALUES ('6b2a87a6-66c6-4643-846d-c608ae81f018', 'Åsa', 'Öberg', 'asa.oberg.' || random() || '@kommun.se', '1280');
                """);
        String[] command = { "pgbench", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-n", "-c",
            Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds), "-f", script.toString(),
            "rln_bench_pgbench" };
        String out = Machine.run(command);
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(out);
        if (!tps.find() || !latency.find()) {
            throw new IllegalStateException("pgbench said:\n" + out);
        }
        return new Result(Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)),
                "pgbench -n -c " + clients + " -j 2 -T " + seconds + " -f pgbench-insert.sql");
    }
}
