package se.rln.participants.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.Api;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.CohortsOnKafka;

/** A municipality's roster of a cohort, synced with the event roster's guarantees, against PostgreSQL and Kafka. */
@QuarkusTest
class CohortRosterTest {

    private static final String SANDVIKEN = "2181";

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    private static RequestSpecification as(String token) {
        return Api.as(token);
    }

    private record Cohort(UUID id, UUID programme, UUID owner, List<UUID> days) {
    }

    private static Cohort cohort(int capacity, int days) throws Exception {
        UUID id = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        CohortsOnKafka.cohort(id, programme, owner, 0, capacity);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            UUID day = UUID.randomUUID();
            CohortsOnKafka.day(day, id, programme, owner, 1, "PUBLISHED", capacity, 3 * (i + 1));
            ids.add(day);
        }
        String organiser = TestTokens.coordinator(owner);
        CohortsOnKafka.awaitCohort(id, organiser);
        for (UUID day : ids) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(organiser)
                    .get("/api/v1/events/{id}/registrations", day).statusCode() == 200);
        }
        return new Cohort(id, programme, owner, ids);
    }

    private static String csv(String... rows) {
        return "externalId;givenName;familyName;email;title;managerLevel\r\n" + String.join("\r\n", rows) + "\r\n";
    }

    private static ValidatableResponse sync(String token, Cohort c, String body, boolean dryRun) {
        return as(token).contentType("text/csv; charset=UTF-8").body(body.getBytes(StandardCharsets.UTF_8))
                .queryParam("dryRun", dryRun).put("/api/v1/cohorts/{id}/municipalities/{code}/roster", c.id(), SANDVIKEN)
                .then();
    }

    @Test
    void theNightlySyncOfACohortIsAtomicIdempotentAndReachesEveryDay() throws Exception {
        Cohort c = cohort(2, 2);
        String hr = TestTokens.municipality(SANDVIKEN);
        String list = csv("S-1;Åsa;Öberg;asa.oberg@sandviken.se;Rektor;FIRST_LINE",
                "S-2;Björn;Älvdal;bjorn.alvdal@sandviken.se;Enhetschef;FIRST_LINE",
                "S-3;Märta;Ståhl;marta.stahl@sandviken.se;Avdelningschef;MIDDLE");
        sync(hr, c, list, true).statusCode(200).body("dryRun", equalTo(true)).body("summary.added", equalTo(3))
                .body("summary.confirmed", equalTo(2)).body("summary.waitlisted", equalTo(1));
        as(hr).get("/api/v1/cohorts/{id}/municipalities/{code}/roster", c.id(), SANDVIKEN).then().statusCode(200)
                .body("", hasSize(0));
        sync(hr, c, list, false).statusCode(200).body("summary.added", equalTo(3))
                .body("rows.status", equalTo(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED")));
        as(hr).get("/api/v1/cohorts/{id}/municipalities/{code}/roster", c.id(), SANDVIKEN).then().statusCode(200)
                .body("", hasSize(3)).body("participant.givenName", org.hamcrest.Matchers.containsInAnyOrder("Åsa", "Björn", "Märta"))
                .body("find { it.status == 'WAITLISTED' }.participant.familyName", equalTo("Ståhl"))
                .body("[0].days", hasSize(2))
                .body("find { it.status == 'WAITLISTED' }.days.status", everyItem(equalTo("WAITLISTED")));
        // the same list again changes nothing
        sync(hr, c, list, false).statusCode(200).body("summary.unchanged", equalTo(3)).body("summary.added", equalTo(0))
                .body("cancelled", hasSize(0));
        // Åsa leaves: her coming days are cancelled and Märta takes the seat on every day
        String without = csv("S-2;Björn;Älvdal;bjorn.alvdal@sandviken.se;Enhetschef;FIRST_LINE",
                "S-3;Märta;Ståhl;marta.stahl@sandviken.se;Avdelningschef;MIDDLE");
        sync(hr, c, without, false).statusCode(200).body("summary.cancelled", equalTo(1))
                .body("cancelled[0].externalId", equalTo("S-1")).body("rows[1].status", equalTo("CONFIRMED"));
        as(hr).get("/api/v1/cohorts/{id}/municipalities/{code}/roster", c.id(), SANDVIKEN).then()
                .body("", hasSize(2)).body("days.status.flatten()", everyItem(equalTo("CONFIRMED")));
        for (UUID day : c.days()) {
            as(hr).queryParam("status", "CONFIRMED").get("/api/v1/events/{id}/registrations", day).then()
                    .body("items", hasSize(2));
        }
    }

    @Test
    void aBadRowAnotherMunicipalityAndAPersonInAnotherCohortAreAnsweredAndChangeNothing() throws Exception {
        Cohort c = cohort(5, 1);
        String hr = TestTokens.municipality(SANDVIKEN);
        problem(sync(hr, c, csv("S-1;Åsa;;inte-en-adress;Rektor;FIRST_LINE"), false), 422)
                .body("violations[0].field", containsString("rows[1]"));
        problem(sync(TestTokens.municipality("2180"), c, csv("S-1;Åsa;Öberg;asa@sandviken.se;Rektor;FIRST_LINE"), false), 403);
        problem(sync(TestTokens.coordinator(c.owner()), c, csv("S-1;Åsa;Öberg;asa@sandviken.se;Rektor;FIRST_LINE"), false), 403);
        problem(as(TestTokens.municipality("2180")).get("/api/v1/cohorts/{id}/municipalities/{code}/roster", c.id(), SANDVIKEN)
                .then(), 403);
        problem(as(hr).contentType("application/json").body(Map.of()).put("/api/v1/cohorts/{id}/municipalities/{code}/roster",
                c.id(), SANDVIKEN).then(), 400).body("violations[0].field", equalTo("attendees"));
        problem(as(hr).contentType("application/json").body(Map.of("attendees", List.of()))
                .put("/api/v1/cohorts/{id}/municipalities/{code}/roster", UUID.randomUUID(), SANDVIKEN).then(), 404);
        problem(as(hr).contentType("application/json").body(Map.of("attendees", List.of()))
                .put("/api/v1/cohorts/{id}/municipalities/{code}/roster", c.id(), "21x1").then(), 400)
                .body("violations[0].field", equalTo("code"));
        as(hr).get("/api/v1/cohorts/{id}/municipalities/{code}/roster", c.id(), SANDVIKEN).then().body("", hasSize(0));
        // someone enrolled in another cohort of the programme is not added here
        UUID other = UUID.randomUUID();
        CohortsOnKafka.cohort(other, c.programme(), c.owner(), 0, 5);
        CohortsOnKafka.day(UUID.randomUUID(), other, c.programme(), c.owner(), 1, "PUBLISHED", 5, 5);
        CohortsOnKafka.awaitCohort(other, TestTokens.coordinator(c.owner()));
        String row = "S-9;Åke;Öst;ake.ost@sandviken.se;Rektor;FIRST_LINE";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(hr).contentType("text/csv; charset=UTF-8")
                .body(csv(row).getBytes(StandardCharsets.UTF_8)).put("/api/v1/cohorts/{id}/municipalities/{code}/roster",
                        other, SANDVIKEN).statusCode() == 200);
        sync(hr, c, csv(row), false).statusCode(200).body("rows[0].result", equalTo("IN_OTHER_COHORT"))
                .body("summary.added", equalTo(0));
    }
}
