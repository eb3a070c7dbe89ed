package se.rln.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import se.rln.commons.testing.TestTokens;
import se.rln.tools.Api;

/** A municipality's 10 000-row roster through the gateway, then the same roster again. */
final class RosterBench {

    private static final String TOPIC = "leadership.registrations.v1";

    private final BenchSuite suite;
    private final Fixtures fixtures;
    private final Report report;

    RosterBench(BenchSuite suite, Fixtures fixtures, Report report) {
        this.suite = suite;
        this.fixtures = fixtures;
        this.report = report;
    }

    void run(int rows) throws Exception {
        String event = fixtures.publishedDay("Regional chefsdag (stor)", 20000, false);
        Api malmo = new Api(suite.gatewayUrl(), TestTokens.municipality("1280"));
        String path = "/api/v1/events/" + event + "/municipalities/1280/roster";
        String csv = Fixtures.csv("1280", rows, "r");
        long t0 = System.nanoTime();
        JsonNode first = malmo.putCsv(path, csv);
        double firstMs = (System.nanoTime() - t0) / 1e6;
        int added = first.at("/summary/added").asInt();
        Awaitility.await("the first sync's changes published and applied").atMost(Duration.ofSeconds(120))
                .until(() -> fixtures.stats(event).get("confirmed").asInt() == added && outbox() == 0);
        long before = records();
        t0 = System.nanoTime();
        JsonNode again = malmo.putCsv(path, csv);
        double againMs = (System.nanoTime() - t0) / 1e6;
        long pending = outbox();
        long written = records() - before + pending;
        report.figure(Report.f("Roster sync, %d rows (first)", rows), Report.ms(firstMs), "≤ 3 s", firstMs <= 3000);
        report.figure("Roster re-sync, unchanged", Report.f("%s, %d records", Report.ms(againMs), written), "≤ 1 s, 0 records",
                againMs <= 1000 && written == 0);
        report.heading("Roster sync")
                .line("Malmö's HR system `PUT`s a %d-row semicolon CSV (UTF-8 with BOM, Swedish names) through the gateway: "
                        + "every row validated, matched on HR id then e-mail, registered in one transaction. Then the same "
                        + "list again: nothing changes, nothing is written, no Kafka record.", rows)
                .table(List.of("Sync", "Time", "Added", "Unchanged", "Kafka records"), List.of(
                        List.of("first", Report.ms(firstMs), Integer.toString(added),
                                first.at("/summary/unchanged").asText(), "-"),
                        List.of("unchanged re-sync", Report.ms(againMs), again.at("/summary/added").asText(),
                                again.at("/summary/unchanged").asText(), Long.toString(written))));
    }

    /** Rows in participants-service's outbox not yet published. */
    private static long outbox() throws Exception {
        try (Connection c = DriverManager.getConnection(BenchSuite.POSTGRES + "rln_bench_participants", "postgres", "");
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM outbox")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Records ever written to the registrations topic (sum of its partitions' end offsets). */
    private long records() throws Exception {
        Properties config = new Properties();
        config.put("bootstrap.servers", suite.broker.get("kafka.bootstrap.servers"));
        try (Admin admin = Admin.create(config)) {
            int partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().size();
            Map<TopicPartition, OffsetSpec> ends = new java.util.HashMap<>();
            for (int p = 0; p < partitions; p++) {
                ends.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
            }
            return admin.listOffsets(ends).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }
}
