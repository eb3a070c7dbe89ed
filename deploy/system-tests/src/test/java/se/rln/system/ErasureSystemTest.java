package se.rln.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;
import se.rln.tools.DemoLoader;

/**
 * Erasure across the suite: a person registered on the Skåne day, seated in its workshop under a
 * name they chose, their HR id in the webhook deliveries to their municipality, is erased through
 * the gateway; within 5 s no table of any service's database holds their name, e-mail or HR id
 * any more.
 */
class ErasureSystemTest {

    @Test
    void anErasedPersonIsGoneFromEveryServicesDatabaseWithinFiveSeconds() throws Exception {
        String gateway = Suite.gateway();
        Map<String, String> demo = DemoLoader.load(gateway, TestTokens.admin(), Suite.signingKey(), TestTokens.ISSUER);
        String malmo = TestTokens.municipality("1280");
        String family = "Ekholm" + Long.toHexString(System.nanoTime());
        String email = "kerstin." + family.toLowerCase() + "@malmo.se";
        // Malmö's HR system hears its people's changes: the deliveries carry the HR id
        api(gateway, malmo).contentType("application/json").body(Map.of("url", "http://127.0.0.1:9/hooks",
                "municipalityCode", "1280")).post("/api/v1/webhooks").then().statusCode(201);
        String pid = api(gateway, malmo).contentType("application/json").body(Map.of("participant", Map.of(
                "givenName", "Kerstin", "familyName", family, "email", email, "externalId", "HR-" + family,
                "municipalityCode", "1280"))).post("/api/v1/events/{id}/registrations", demo.get("SKANE_DAY")).then()
                .statusCode(201).extract().path("participant.id");
        String participant = TestTokens.participant(UUID.fromString(pid), "1280");
        String workshop = "/api/v1/workshops/" + demo.get("SKANE_WORKSHOP");
        Awaitility.await("a member of the Skåne workshop").atMost(Duration.ofSeconds(30)).until(() ->
                api(gateway, participant).contentType("application/json")
                        .body(Map.of("displayName", "Kerstin " + family)).put(workshop + "/members/me").statusCode() == 200);
        List<String> held = tablesMentioning(family);
        assertEquals(List.of("participants: participant", "participants: webhook_delivery", "scenario: member"), held);

        api(gateway, malmo).delete("/api/v1/participants/{id}", pid).then().statusCode(204);
        long erased = System.nanoTime();
        long answeredAt = System.currentTimeMillis();
        // the deadline is the services': only the tables that held the person are read meanwhile, as
        // reading every table of a suite that earlier tests filled can itself take seconds
        try {
            Awaitility.await("no trace of the person in the tables that held them").atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(100))
                    .untilAsserted(() -> assertEquals(List.of(), java.util.stream.Stream.concat(
                            tablesMentioning(family, held).stream(), tablesMentioning(email, held).stream()).distinct().toList()));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(e.getMessage() + "; " + whereTheErasureIs(pid), e);
        }
        long gone = System.nanoTime() - erased;
        assertEquals(List.of(), java.util.stream.Stream.concat(tablesMentioning(family).stream(),
                tablesMentioning(email).stream()).distinct().toList(), "no trace in any table of any database");
        long published = TestKafka.await("leadership.participants.v1", r -> r.value().contains(pid), found -> !found.isEmpty(),
                Duration.ofSeconds(5)).get(0).timestamp() - answeredAt;
        System.out.printf("erasure: gone %d ms after the 204 (participant.erased on Kafka %d ms after it; every table read "
                + "in %d ms)%n", gone / 1_000_000, published, (System.nanoTime() - erased - gone) / 1_000_000);
    }

    /** For a failure's message: whether participant.erased reached Kafka, and how far scenario-service's group has read. */
    private static String whereTheErasureIs(String participant) {
        String topic = "leadership.participants.v1";
        boolean published;
        try {
            TestKafka.await(topic, r -> r.value().contains(participant), found -> !found.isEmpty(), Duration.ofSeconds(5));
            published = true;
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            published = false;
        }
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", TestKafka.bootstrapServers()))) {
            var committed = admin.listConsumerGroupOffsets("scenario-service").partitionsToOffsetAndMetadata().get();
            var partitions = committed.keySet().stream().filter(p -> p.topic().equals(topic)).toList();
            var ends = admin.listOffsets(partitions.stream().collect(java.util.stream.Collectors.toMap(p -> p,
                    p -> org.apache.kafka.clients.admin.OffsetSpec.latest()))).all().get();
            StringBuilder read = new StringBuilder();
            partitions.forEach(p -> read.append(" ").append(p.partition()).append(": ").append(committed.get(p).offset())
                    .append("/").append(ends.get(p).offset()));
            var group = admin.describeConsumerGroups(List.of("scenario-service")).all().get().get("scenario-service");
            return "participant.erased " + (published ? "is" : "is not") + " on " + topic + "; scenario-service has read"
                    + read + " (group " + group.state() + ", " + group.members().size() + " members)";
        } catch (Exception e) {
            return "participant.erased " + (published ? "is" : "is not") + " on " + topic + "; the group: " + e;
        }
    }

    private static RequestSpecification api(String gateway, String token) {
        return given().baseUri(gateway).header("Authorization", "Bearer " + token);
    }

    /** "service: table" for every table of every service's database with a row mentioning {@code needle}. */
    private static List<String> tablesMentioning(String needle) throws Exception {
        return tablesMentioning(needle, null);
    }

    /** The same among {@code among} ("service: table"), or every table if null. */
    private static List<String> tablesMentioning(String needle, List<String> among) throws Exception {
        List<String> hits = new ArrayList<>();
        for (var db : new java.util.TreeMap<>(Suite.databases()).entrySet()) {
            try (Connection c = DriverManager.getConnection(db.getValue(), "postgres", "")) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
                    while (rs.next()) {
                        tables.add(rs.getString("TABLE_NAME"));
                    }
                }
                for (String table : tables) {
                    if (among != null && !among.contains(db.getKey() + ": " + table)) {
                        continue;
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "SELECT 1 FROM \"" + table + "\" t WHERE t::text ILIKE '%' || ? || '%' LIMIT 1")) {
                        ps.setString(1, needle);
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                hits.add(db.getKey() + ": " + table);
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }
}
