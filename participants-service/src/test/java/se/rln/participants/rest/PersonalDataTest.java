package se.rln.participants.rest;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;
import se.rln.participants.service.RetentionRule;

/** GDPR: a person's data seen, exported and erased, by whom, leaving no trace; the retention rule. */
@QuarkusTest
class PersonalDataTest {

    @Inject
    DataSource dataSource;

    @Inject
    RetentionRule retention;

    @Test
    void erasureAnonymisesCancelsAnnouncesAndLeavesNoTrace() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        String sandviken = TestTokens.municipality("2181");
        EventsOnKafka.published(event, host, 1, Map.of(), coordinator);
        String family = "Ljungqvist" + Long.toHexString(System.nanoTime());
        var person = EventsOnKafka.person("2181", "GDPR-1", "Märta", family);
        String email = (String) ((Map<?, ?>) person.get("participant")).get("email");
        var first = as(sandviken).header("Idempotency-Key", "gdpr-" + family).body(person)
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201).extract();
        String pid = first.path("participant.id");
        String registration = first.path("id");
        String next = as(sandviken).body(EventsOnKafka.person("2181", "GDPR-2", "Öjvind", "Åström"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).extract().path("id");

        // who sees the person
        as(sandviken).get("/api/v1/participants/{id}", pid).then().statusCode(200).body("familyName", equalTo(family));
        // the organiser sees the person through their event's registration only, without the HR id
        as(coordinator).get("/api/v1/registrations/{id}", registration).then().statusCode(200)
                .body("participant.familyName", equalTo(family)).body("participant.externalId", nullValue());
        as(TestTokens.participant(UUID.fromString(pid), "2181")).get("/api/v1/participants/{id}", pid).then()
                .statusCode(200);
        as(sandviken).get("/api/v1/participants/{id}/export", pid).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"participant-" + pid + ".json\"")
                .body("participant.email", equalTo(email)).body("registrations", hasSize(1))
                .body("registrations[0].eventTitle", equalTo("Mobilisera för framtiden – ledarskapets betydelse"))
                .body("registrations[0].status", equalTo("CONFIRMED")).body("changes[0].change", equalTo("confirmed"))
                .body("erasedAt", nullValue());
        for (String stranger : List.of(TestTokens.municipality("1280"), TestTokens.coordinator(UUID.randomUUID()),
                TestTokens.participant(UUID.randomUUID(), "2181"), coordinator)) {
            for (String path : List.of("/api/v1/participants/{id}", "/api/v1/participants/{id}/export")) {
                as(stranger).get(path, pid).then().statusCode(404).contentType("application/problem+json")
                        .body("detail", equalTo("participant " + pid + " does not exist"));
            }
            as(stranger).delete("/api/v1/participants/{id}", pid).then().statusCode(404);
        }

        as(sandviken).delete("/api/v1/participants/{id}", pid).then().statusCode(204);
        as(sandviken).delete("/api/v1/participants/{id}", pid).then().statusCode(204);

        as(sandviken).get("/api/v1/participants/{id}", pid).then().statusCode(200)
                .body("givenName", equalTo("(erased)")).body("externalId", nullValue());
        as(sandviken).get("/api/v1/registrations/{id}", registration).then().body("status", equalTo("CANCELLED"));
        as(sandviken).get("/api/v1/registrations/{id}", next).then().body("status", equalTo("CONFIRMED"));
        var erased = TestKafka.await("leadership.participants.v1", r -> pid.equals(r.key()), l -> !l.isEmpty(),
                Duration.ofSeconds(30));
        JsonPath cloudEvent = JsonPath.from(erased.get(0).value());
        assertThat(cloudEvent.getString("type"), equalTo("participant.erased"));
        assertThat(cloudEvent.getString("data.reason"), equalTo("REQUEST"));
        assertThat(erased.get(0).value(), allOf(not(containsString(family)), not(containsString("Märta"))));
        assertThat(rowsMentioning(family), empty());
        assertThat(rowsMentioning(email), empty());
        assertThat(rowsMentioning("GDPR-1"), empty());
        // the same person may be registered again later, as someone new
        as(sandviken).body(person).post("/api/v1/events/{id}/registrations", event).then().statusCode(201)
                .body("participant.id", not(equalTo(pid)));
    }

    @Test
    void retentionErasesOnlyPeopleWithoutRecentActivity() throws Exception {
        UUID host = UUID.randomUUID();
        UUID past = UUID.randomUUID();
        UUID coming = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.published(past, host, 10, Map.of(), coordinator);
        EventsOnKafka.published(coming, host, 10, Map.of(), coordinator);
        String inactive = as(coordinator).body(EventsOnKafka.person("1281", "RET-1", "Göran", "Förr"))
                .post("/api/v1/events/{id}/registrations", past).then().statusCode(201).extract().path("participant.id");
        String stillComing = as(coordinator).body(EventsOnKafka.person("1281", "RET-2", "Åke", "Snart"))
                .post("/api/v1/events/{id}/registrations", coming).then().statusCode(201).extract().path("participant.id");
        sql("UPDATE event_seats SET starts_at = now() - interval '2000 days', ends_at = now() - interval '1999 days' "
                + "WHERE event_id = ?", past);
        sql("UPDATE participant SET last_activity_at = now() - interval '1999 days' WHERE id IN (?, ?)",
                UUID.fromString(inactive), UUID.fromString(stillComing));

        assertThat(retention.apply(), greaterThanOrEqualTo(1));

        String admin = TestTokens.admin();
        as(admin).get("/api/v1/participants/{id}", inactive).then().body("familyName", equalTo("(erased)"));
        as(admin).get("/api/v1/participants/{id}", stillComing).then().body("familyName", equalTo("Snart"));
        var erased = TestKafka.await("leadership.participants.v1", r -> inactive.equals(r.key()), l -> !l.isEmpty(),
                Duration.ofSeconds(30));
        assertThat(JsonPath.from(erased.get(0).value()).getString("data.reason"), equalTo("RETENTION"));
    }

    @Test
    void malformedIdsAreProblems() {
        as(TestTokens.admin()).get("/api/v1/participants/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        as(TestTokens.admin()).get("/api/v1/participants/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("does not exist"));
        as(TestTokens.municipality("2181")).delete("/api/v1/participants/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        io.restassured.RestAssured.given().get("/api/v1/participants/{id}/export", UUID.randomUUID()).then()
                .statusCode(401).contentType("application/problem+json");
    }

    /** Every row of every table of this service whose text mentions {@code needle}. */
    private List<String> rowsMentioning(String needle) throws Exception {
        List<String> hits = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] { "TABLE" })) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables, hasItems("participant", "registration", "outbox", "idempotency_key", "registration_change"));
            for (String table : tables) {
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT t::text FROM \"" + table + "\" t WHERE t::text ILIKE '%' || ? || '%'")) {
                    ps.setString(1, needle);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            hits.add(table + ": " + rs.getString(1));
                        }
                    }
                }
            }
        }
        return hits;
    }

    private void sql(String statement, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }
}
