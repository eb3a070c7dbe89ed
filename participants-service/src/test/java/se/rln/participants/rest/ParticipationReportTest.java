package se.rln.participants.rest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;

/** Participation per municipality and per programme, with who may see which lines. */
@QuarkusTest
class ParticipationReportTest {

    @Test
    void perProgrammeAndPerMunicipality() throws Exception {
        UUID host = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.publish(first, host, programme, 1, "PUBLISHED", 2, Map.of());
        EventsOnKafka.publish(second, host, programme, 1, "PUBLISHED", 5, Map.of());
        awaitReplica(first, coordinator);
        awaitReplica(second, coordinator);
        for (String hr : new String[] { "R-1", "R-2", "R-3" }) {
            as(TestTokens.municipality("2181")).body(EventsOnKafka.person("2181", hr, "Åsa", "Nordström"))
                    .post("/api/v1/events/{id}/registrations", first).then().statusCode(201);
        }
        as(TestTokens.municipality("0127")).body(EventsOnKafka.person("0127", "B-1", "Göte", "Ek"))
                .post("/api/v1/events/{id}/registrations", second).then().statusCode(201);

        as(coordinator).get("/api/v1/reports/participation?programme={p}", programme).then().statusCode(200)
                .body("lines", hasSize(2)).body("lines.municipalityName", containsInAnyOrder("Sandviken", "Botkyrka"))
                .body("totals.events", equalTo(2)).body("totals.municipalities", equalTo(2))
                .body("totals.confirmed", equalTo(3)).body("totals.waitlisted", equalTo(1));
        as(TestTokens.municipality("2181")).get("/api/v1/reports/participation?programme={p}", programme).then()
                .statusCode(200).body("municipality", equalTo("2181")).body("lines", hasSize(1))
                .body("lines[0].confirmed", equalTo(2)).body("lines[0].waitlisted", equalTo(1));
        as(TestTokens.coordinator(UUID.randomUUID())).get("/api/v1/reports/participation?programme={p}", programme)
                .then().statusCode(200).body("lines", empty()).body("totals.events", equalTo(0));
        as(TestTokens.admin()).get("/api/v1/reports/participation?municipality=0127&programme={p}", programme).then()
                .statusCode(200).body("lines", hasSize(1)).body("lines[0].eventId", equalTo(second.toString()));
    }

    @Test
    void badFiltersAndOtherMunicipalities() {
        String admin = TestTokens.admin();
        problem(as(admin).get("/api/v1/reports/participation"), 400, "municipality", "give a municipality");
        problem(as(admin).get("/api/v1/reports/participation?municipality=12"), 400, "municipality", "4 digits");
        problem(as(admin).get("/api/v1/reports/participation?municipality=9999"), 400, "municipality", "unknown");
        problem(as(admin).get("/api/v1/reports/participation?programme=nej"), 400, "programme", "UUID");
        problem(as(admin).get("/api/v1/reports/participation?municipality=1280&from=igår"), 400, "from", "ISO-8601");
        problem(as(admin).get("/api/v1/reports/participation?municipality=1280&from=2027-01-02T00:00:00Z"
                + "&to=2027-01-01T00:00:00Z"), 400, "to", "after from");
        as(TestTokens.municipality("2181")).get("/api/v1/reports/participation?municipality=1280").then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("only its own"));
        as(TestTokens.participant(UUID.randomUUID(), "2181")).get("/api/v1/reports/participation?municipality=2181")
                .then().statusCode(403).contentType("application/problem+json");
    }

    private static void awaitReplica(UUID event, String token) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                as(token).get("/api/v1/events/{id}/registrations", event).statusCode() == 200);
    }

    private static void problem(io.restassured.response.Response response, int status, String field, String reason) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field)).body("violations[0].message", containsString(reason));
    }
}
