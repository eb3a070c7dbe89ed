package se.rln.participants.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.Api;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.CohortsOnKafka;
import se.rln.participants.EventsOnKafka;

/** Completion of a programme (days attended against its rule), its report and the certificate PDF, against PostgreSQL and Kafka. */
@QuarkusTest
class CompletionTest {

    private static final String SANDVIKEN = "2181";

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    private static RequestSpecification as(String token) {
        return Api.as(token);
    }

    @Test
    void whoAttendedEnoughDaysCompletedAndGetsACertificate() throws Exception {
        UUID cohort = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        String organiser = TestTokens.coordinator(owner);
        CohortsOnKafka.cohort(cohort, programme, owner, 0, 5); // completion: 2 days
        List<UUID> days = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < days.size(); i++) {
            CohortsOnKafka.day(days.get(i), cohort, programme, owner, 1, "PUBLISHED", 5, 2 * (i + 1));
        }
        CohortsOnKafka.awaitCohort(cohort, organiser);
        String hr = TestTokens.municipality(SANDVIKEN);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(hr).body(EventsOnKafka.person(SANDVIKEN, "C-1-" + cohort,
                "Åsa", "Öberg")).post("/api/v1/cohorts/{id}/enrolments", cohort).then().extract().jsonPath()
                .getList("days").size() == 3);
        var asa = as(hr).get("/api/v1/cohorts/{id}/municipalities/{code}/roster", cohort, SANDVIKEN).then().extract().jsonPath();
        String asaEnrolment = asa.getString("[0].id");
        UUID asaPerson = UUID.fromString(asa.getString("[0].participant.id"));
        String bjorn = as(hr).body(EventsOnKafka.person(SANDVIKEN, "C-2-" + cohort, "Björn", "Älvdal"))
                .post("/api/v1/cohorts/{id}/enrolments", cohort).then().statusCode(201).extract().path("id");
        as(hr).get("/api/v1/enrolments/{id}", asaEnrolment).then().body("completion.completed", equalTo(false))
                .body("completion.requiredDays", equalTo(2)).body("completion.totalDays", equalTo(3));
        // the first two days take place
        for (int i = 0; i < 2; i++) {
            CohortsOnKafka.day(days.get(i), cohort, programme, owner, 2, "COMPLETED", 5, -4 + i);
        }
        List<String> asaDays = as(hr).get("/api/v1/enrolments/{id}", asaEnrolment).then().extract().path("days.registrationId");
        List<String> bjornDays = as(hr).get("/api/v1/enrolments/{id}", bjorn).then().extract().path("days.registrationId");
        for (int i = 0; i < 2; i++) {
            String r = asaDays.get(i);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(organiser).body(Map.of("attended", true))
                    .put("/api/v1/registrations/{id}/attendance", r).statusCode() == 200);
        }
        as(organiser).body(Map.of("attended", true)).put("/api/v1/registrations/{id}/attendance", bjornDays.get(0)).then()
                .statusCode(200);
        as(organiser).body(Map.of("attended", false)).put("/api/v1/registrations/{id}/attendance", bjornDays.get(1)).then()
                .statusCode(200);

        as(hr).get("/api/v1/enrolments/{id}", asaEnrolment).then().body("completion.attendedDays", equalTo(2))
                .body("completion.heldDays", equalTo(2)).body("completion.completed", equalTo(true));
        as(hr).get("/api/v1/enrolments/{id}", bjorn).then().body("completion.attendedDays", equalTo(1))
                .body("completion.completed", equalTo(false));

        as(organiser).queryParam("programme", programme.toString()).get("/api/v1/reports/completion").then().statusCode(200)
                .body("people", hasSize(2)).body("completionMinimumDays", equalTo(2))
                .body("byCohort[0].enrolled", equalTo(2)).body("byCohort[0].completed", equalTo(1))
                .body("byMunicipality[0].key", equalTo(SANDVIKEN)).body("byMunicipality[0].name", equalTo("Sandviken"))
                .body("byMunicipality[0].completed", equalTo(1));
        as(hr).queryParam("programme", programme.toString()).get("/api/v1/reports/completion").then().statusCode(200)
                .body("people", hasSize(2));
        as(TestTokens.municipality("2180")).queryParam("programme", programme.toString()).get("/api/v1/reports/completion")
                .then().statusCode(200).body("people", hasSize(0));
        String csv = new String(as(organiser).accept("text/csv").queryParam("programme", programme.toString())
                .get("/api/v1/reports/completion").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Åsa;Öberg") && csv.contains(";2;2;3;2;ja"), csv);

        byte[] pdf = as(TestTokens.participant(asaPerson, SANDVIKEN)).get("/api/v1/enrolments/{id}/certificate.pdf", asaEnrolment)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Åsa Öberg"), text);
            assertTrue(text.contains("Salutogent ledarskap"), text);
            assertTrue(text.contains("2 av 3 dagar"), text);
        }
        as(hr).get("/api/v1/enrolments/{id}/certificate.pdf", asaEnrolment).then().statusCode(200);
        as(hr).get("/api/v1/participants/{id}/export", asaPerson).then().statusCode(200)
                .body("enrolments[0].enrolmentId", equalTo(asaEnrolment)).body("enrolments[0].programmeTitle",
                        equalTo("Salutogent ledarskap"));
        problem(as(hr).get("/api/v1/enrolments/{id}/certificate.pdf", bjorn).then(), 409).body("type", containsString("not-completed"));
        problem(as(TestTokens.admin()).get("/api/v1/enrolments/{id}/certificate.pdf", UUID.randomUUID()).then(), 404);
        problem(as(TestTokens.municipality("2180")).get("/api/v1/enrolments/{id}/certificate.pdf", asaEnrolment).then(), 404);
        problem(as(TestTokens.participant(UUID.randomUUID(), SANDVIKEN)).get("/api/v1/enrolments/{id}/certificate.pdf",
                asaEnrolment).then(), 404);
    }

    @Test
    void theReportIsTheOrganisersAndEachMunicipalitysOwnAndBadFiltersAreNamed() throws Exception {
        UUID cohort = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        CohortsOnKafka.cohort(cohort, programme, owner, 0, 5);
        CohortsOnKafka.day(UUID.randomUUID(), cohort, programme, owner, 1, "PUBLISHED", 5, 3);
        CohortsOnKafka.awaitCohort(cohort, TestTokens.coordinator(owner));
        problem(as(TestTokens.municipality("2180")).queryParam("programme", programme.toString())
                .queryParam("municipality", SANDVIKEN).get("/api/v1/reports/completion").then(), 403);
        problem(as(TestTokens.coordinator(UUID.randomUUID())).queryParam("programme", programme.toString())
                .get("/api/v1/reports/completion").then(), 403);
        problem(as(TestTokens.facilitator()).queryParam("programme", programme.toString())
                .get("/api/v1/reports/completion").then(), 403);
        problem(as(TestTokens.admin()).get("/api/v1/reports/completion").then(), 400)
                .body("violations[0].field", equalTo("programme"));
        problem(as(TestTokens.admin()).queryParam("programme", "salutogent").get("/api/v1/reports/completion").then(), 400)
                .body("violations[0].field", equalTo("programme"));
        problem(as(TestTokens.admin()).queryParam("programme", programme.toString()).queryParam("cohort", UUID.randomUUID().toString())
                .get("/api/v1/reports/completion").then(), 400).body("violations[0].field", equalTo("cohort"));
        problem(as(TestTokens.admin()).queryParam("programme", UUID.randomUUID().toString()).get("/api/v1/reports/completion")
                .then(), 404);
        as(TestTokens.coordinator(owner)).queryParam("programme", programme.toString()).queryParam("cohort", cohort.toString())
                .get("/api/v1/reports/completion").then().statusCode(200).body("people", hasSize(0));
    }
}
