package se.rln.participants.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.commons.testing.Api.as;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;
import se.rln.participants.messaging.outbound.RegistrationJournal;

/** Municipal roster sync: JSON and CSV, diff, idempotence, dry run, all-or-nothing, limits, access. */
@QuarkusTest
class RosterSyncTest {

    private static final String[] GIVEN = { "Åsa", "Örjan", "Ängla", "Björn", "Märta", "Göran", "Sölve", "Åke" };
    private static final String[] FAMILY = { "Öberg", "Åkesson", "Ländström", "Sjögren", "Björklund", "Wästfelt" };

    /** A roster CSV with semicolons and a BOM, Swedish names, as Excel's "CSV UTF-8" writes it. */
    static byte[] csv(int rows, int offset) {
        StringBuilder sb = new StringBuilder("\uFEFFexternalId;givenName;familyName;email;title;managerLevel\r\n");
        for (int i = offset; i < offset + rows; i++) {
            sb.append("HR-").append(i).append(';').append(GIVEN[i % GIVEN.length]).append(';')
                    .append(FAMILY[i % FAMILY.length]).append(';').append("chef").append(i).append("@malmo.se;")
                    .append("Enhetschef;").append(i % 3 == 0 ? "MIDDLE" : "FIRST_LINE").append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aTenThousandRowRosterIsAppliedThenResentUnchangedAndPreviewedExactly() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        EventsOnKafka.published(event, host, 500, Map.of("1280", 100), TestTokens.coordinator(host));
        String malmo = TestTokens.municipality("1280");
        String path = "/api/v1/events/{id}/municipalities/1280/roster";

        as(malmo).contentType("text/csv").body(csv(10_000, 0)).put(path, event).then().statusCode(200)
                .body("dryRun", equalTo(false))
                .body("summary.added", equalTo(10_000)).body("summary.confirmed", equalTo(500))
                .body("summary.waitlisted", equalTo(9_500)).body("rows[0].result", equalTo("ADDED"))
                .body("rows[9999].row", equalTo(10_000));
        List<?> first = TestKafka.await(RegistrationJournal.TOPIC, r -> r.key().equals(event.toString()),
                found -> found.size() >= 10_000, Duration.ofSeconds(120));
        assertEquals(10_000, first.size());

        as(malmo).contentType("text/csv").body(csv(10_000, 0)).put(path, event).then().statusCode(200)
                .body("summary.added", equalTo(0)).body("summary.updated", equalTo(0))
                .body("summary.unchanged", equalTo(10_000)).body("summary.cancelled", equalTo(0));

        // preview: 2 people leave, 1 changes title, 2 join — then check nothing was applied
        byte[] changed = csv(9_998, 2);
        String text = new String(changed, StandardCharsets.UTF_8).replace("chef10@malmo.se;Enhetschef", "chef10@malmo.se;Avdelningschef");
        text = text + "HR-20000;Åsa;Nyström;asa.nystrom@malmo.se;Enhetschef;FIRST_LINE\r\n"
                + "HR-20001;Örjan;Lind;orjan.lind@malmo.se;;\r\n";
        byte[] preview = text.getBytes(StandardCharsets.UTF_8);
        as(malmo).contentType("text/csv").queryParam("dryRun", "true").body(preview).put(path, event).then().statusCode(200)
                .body("dryRun", equalTo(true)).body("summary.added", equalTo(2)).body("summary.updated", equalTo(1))
                .body("summary.cancelled", equalTo(2)).body("summary.unchanged", equalTo(9_997))
                .body("cancelled.externalId", equalTo(List.of("HR-0", "HR-1")))
                .body("summary.confirmed", equalTo(500));
        String lastAdded = as(malmo).contentType("text/csv").body(preview).put(path, event).then().statusCode(200)
                .body("summary.added", equalTo(2)).body("summary.updated", equalTo(1)).body("summary.cancelled", equalTo(2))
                .body("rows[9999].externalId", equalTo("HR-20001")).extract().path("rows[9999].registrationId");
        // the two cancelled confirmed seats went to the first two waitlisted
        as(malmo).get(path, event).then().statusCode(200).body("size()", equalTo(10_000))
                .body("findAll { it.status == 'CONFIRMED' }.size()", equalTo(500));
        // 10 000 adds, then nothing for the unchanged re-sync, then 2 cancellations, 2 promotions
        // and 2 adds: any record from the unchanged re-sync would show in the count and the version
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var all = TestKafka.await(RegistrationJournal.TOPIC, r -> r.key().equals(event.toString()),
                found -> !found.isEmpty() && found.get(found.size() - 1).value().contains(lastAdded), Duration.ofSeconds(120));
        assertEquals(10_006, all.size());
        assertEquals(10_006, json.readTree(all.get(all.size() - 1).value()).at("/data/version").asLong(),
                "ledger versions are consecutive: the unchanged re-sync added none");
    }

    @Test
    void jsonRostersAndEveryBadRowReportedWithNothingApplied() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        EventsOnKafka.published(event, host, 10, Map.of(), TestTokens.coordinator(host));
        String lund = TestTokens.municipality("1281");
        String path = "/api/v1/events/{id}/municipalities/1281/roster";
        Map<String, Object> good = Map.of("externalId", "L-1", "givenName", "Lars", "familyName", "Ängström",
                "email", "lars@lund.se");
        as(lund).contentType(ContentType.JSON).body(Map.of("attendees", List.of(good))).put(path, event).then()
                .statusCode(200).body("summary.added", equalTo(1)).body("rows[0].status", equalTo("CONFIRMED"));

        Map<String, Object> badEmail = Map.of("externalId", "L-2", "givenName", "Eva", "familyName", "Ek", "email", "eva");
        Map<String, Object> noName = Map.of("externalId", "L-3", "familyName", "Ek", "email", "e@lund.se");
        Map<String, Object> duplicate = Map.of("externalId", "L-1", "givenName", "Lars", "familyName", "Ängström",
                "email", "lars2@lund.se", "managerLevel", "CHIEF");
        as(lund).contentType(ContentType.JSON).body(Map.of("attendees", List.of(good, badEmail, noName, duplicate)))
                .put(path, event).then().statusCode(422).contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("rows[2].email", "rows[3].givenName", "rows[4].managerLevel",
                        "rows[4].externalId")))
                .body("violations[3].message", equalTo("repeats row 1"));
        as(lund).get(path, event).then().body("size()", equalTo(1));

        as(lund).contentType(ContentType.JSON).body(Map.of("attendees", List.of())).put(path, event).then()
                .statusCode(200).body("summary.cancelled", equalTo(1));
        as(lund).contentType(ContentType.JSON).body(Map.of("people", List.of())).put(path, event).then()
                .statusCode(400).body("violations[0].field", equalTo("people"));
        as(lund).contentType("text/csv").body("givenName;email\nEva;eva@lund.se\n").put(path, event).then()
                .statusCode(400).body("violations[0].field", equalTo("body"));
        as(lund).contentType("text/csv").body(new byte[] { 'g', 'i', 'v', 'e', 'n', 0, 0, 1, (byte) 0x89, 'P', 'N', 'G' })
                .put(path, event).then().statusCode(400).body("violations[0].field", equalTo("body"))
                .body("detail", org.hamcrest.Matchers.startsWith("body: the body holds binary data, not CSV text"));
        as(lund).contentType("text/csv").body(csv(10_001, 0)).put(path, event).then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo("urn:rln:problem:roster-too-large"));
        as(lund).contentType("text/csv").body(csv(1, 0)).put("/api/v1/events/{id}/municipalities/12/roster", event)
                .then().statusCode(400).body("violations[0].field", equalTo("code"));
        as(lund).contentType("text/csv").body(csv(1, 0)).put("/api/v1/events/{id}/municipalities/1281/roster",
                UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void aMunicipalityCannotReadOrWriteAnothersRoster() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        EventsOnKafka.published(event, host, 10, Map.of(), TestTokens.coordinator(host));
        String path = "/api/v1/events/{id}/municipalities/1280/roster";
        as(TestTokens.municipality("1280")).contentType("text/csv").body(csv(3, 0)).put(path, event).then().statusCode(200);
        String lund = TestTokens.municipality("1281");
        as(lund).get(path, event).then().statusCode(403).contentType("application/problem+json");
        as(lund).contentType("text/csv").body(csv(1, 0)).put(path, event).then().statusCode(403);
        as(lund).contentType("text/csv").queryParam("dryRun", "true").body(csv(1, 0)).put(path, event).then().statusCode(403);
        as(TestTokens.coordinator(UUID.randomUUID())).get(path, event).then().statusCode(403);
        as(TestTokens.coordinator(host)).get(path, event).then().statusCode(200).body("$", hasSize(3))
                .body("participant.givenName", hasItem("Åsa"));
    }
}
