package se.rln.participants.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.Api;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.CohortsOnKafka;
import se.rln.participants.EventsOnKafka;

/** A day's evaluation: opened by its organisers, answered once by its participants, anonymous in every result. */
@QuarkusTest
class EvaluationTest {

    private static final String MALMO = "1280";

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    private static RequestSpecification as(String token) {
        return Api.as(token);
    }

    private static UUID registered(UUID event, String given, String family) {
        return UUID.fromString(as(TestTokens.municipality(MALMO)).body(EventsOnKafka.person(MALMO, "E-" + UUID.randomUUID(),
                given, family)).post("/api/v1/events/{id}/registrations", event).then().statusCode(201).extract()
                .path("participant.id"));
    }

    @Test
    void aDayIsEvaluatedOnceByEachParticipantAnonymouslyAndAnErasedPersonsAnswersGo() throws Exception {
        UUID event = UUID.randomUUID();
        UUID host = UUID.randomUUID();
        String organiser = TestTokens.coordinator(host);
        EventsOnKafka.published(event, host, 30, Map.of(), organiser);
        UUID asa = registered(event, "Åsa", "Öberg");
        UUID bo = registered(event, "Bo", "Ek");
        UUID cecilia = registered(event, "Cecilia", "Lind");
        problem(as(organiser).body(Map.of()).put("/api/v1/events/{id}/evaluation", event).then(), 409)
                .body("type", containsString("event-not-started"));
        OffsetDateTime started = OffsetDateTime.now().minusHours(3);
        EventsOnKafka.publish(event, host, null, 2, "COMPLETED", 30, Map.of(), started, started.plusHours(2));
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> as(organiser).body(Map.of()).put("/api/v1/events/{id}/evaluation", event).statusCode() == 200);
        String a = TestTokens.participant(asa, MALMO);
        as(a).get("/api/v1/events/{id}/evaluation", event).then().statusCode(200).body("questions", hasSize(3))
                .body("questions[2].text", equalTo("Vad tar du med dig?")).body("answered", equalTo(false));
        as(a).body(Map.of("answers", Map.of("q1", 5, "q2", 4, "q3", "Att lyssna mer."))).post("/api/v1/events/{id}/evaluation/answers",
                event).then().statusCode(201).body("answered", equalTo(true));
        problem(as(a).body(Map.of("answers", Map.of("q1", 1))).post("/api/v1/events/{id}/evaluation/answers", event).then(), 409)
                .body("type", containsString("already-answered"));
        as(TestTokens.participant(bo, MALMO)).body(Map.of("answers", Map.of("q1", 3, "q3", "Ärlighet och tillit.")))
                .post("/api/v1/events/{id}/evaluation/answers", event).then().statusCode(201);

        String results = as(organiser).get("/api/v1/events/{id}/evaluation/results", event).then().statusCode(200)
                .body("responses", equalTo(2)).body("questions[0].count", equalTo(2)).body("questions[0].mean", equalTo(4.0f))
                .body("questions[0].distribution", equalTo(List.of(0, 0, 1, 0, 1))).body("questions[1].count", equalTo(1))
                .body("questions[2].texts", equalTo(List.of("Att lyssna mer.", "Ärlighet och tillit.")))
                .extract().asString();
        assertTrue(!results.contains(asa.toString()) && !results.contains(bo.toString()) && !results.contains("Åsa"), results);
        String csv = new String(as(organiser).accept("text/csv").get("/api/v1/events/{id}/evaluation/results", event).then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("q1;q2;q3") && csv.contains("Ärlighet och tillit.") && !csv.contains(asa.toString()), csv);
        problem(as(organiser).body(Map.of("questions", List.of(Map.of("text", "Något annat?", "kind", "TEXT"))))
                .put("/api/v1/events/{id}/evaluation", event).then(), 409).body("type", containsString("evaluation-answered"));

        // Åsa's export has her own answers
        as(TestTokens.municipality(MALMO)).get("/api/v1/participants/{id}/export", asa).then().statusCode(200)
                .body("evaluationAnswers", hasSize(1)).body("evaluationAnswers[0].answers.q3", equalTo("Att lyssna mer."));
        // erasing Åsa erases her answers
        as(TestTokens.municipality(MALMO)).delete("/api/v1/participants/{id}", asa).then().statusCode(204);
        as(organiser).get("/api/v1/events/{id}/evaluation/results", event).then().body("responses", equalTo(1))
                .body("questions[2].texts", equalTo(List.of("Ärlighet och tillit.")));
        // Cecilia has not answered; strangers see nothing
        as(TestTokens.participant(cecilia, MALMO)).get("/api/v1/events/{id}/evaluation", event).then().body("answered",
                equalTo(false));
        problem(as(TestTokens.participant(UUID.randomUUID(), MALMO)).get("/api/v1/events/{id}/evaluation", event).then(), 404);
        problem(as(TestTokens.participant(UUID.randomUUID(), MALMO)).body(Map.of("answers", Map.of("q1", 4)))
                .post("/api/v1/events/{id}/evaluation/answers", event).then(), 404);
        problem(as(TestTokens.coordinator(UUID.randomUUID())).get("/api/v1/events/{id}/evaluation/results", event).then(), 403);
        problem(as(TestTokens.coordinator(UUID.randomUUID())).body(Map.of()).put("/api/v1/events/{id}/evaluation", event)
                .then(), 403);
        problem(as(TestTokens.municipality(MALMO)).get("/api/v1/events/{id}/evaluation/results", event).then(), 403);
        problem(as(organiser).get("/api/v1/events/{id}/evaluation/results", UUID.randomUUID()).then(), 404);
    }

    @Test
    void badAnswersAndQuestionsAreNamedAndStoreNothing() throws Exception {
        UUID event = UUID.randomUUID();
        UUID host = UUID.randomUUID();
        String organiser = TestTokens.coordinator(host);
        EventsOnKafka.published(event, host, 30, Map.of(), organiser);
        UUID asa = registered(event, "Åsa", "Öberg");
        OffsetDateTime started = OffsetDateTime.now().minusHours(1);
        EventsOnKafka.publish(event, host, null, 2, "PUBLISHED", 30, Map.of(), started, started.plusHours(6));
        // once the replica knows the day has started, the questions themselves are judged
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> as(organiser)
                .body(Map.of("questions", List.of(Map.of("key", "a", "text", "Ett?", "kind", "SCALE"),
                        Map.of("key", "a", "text", "Två?", "kind", "SCALE")))).put("/api/v1/events/{id}/evaluation", event)
                .then().extract().path("violations[0].field") != null);
        problem(as(organiser).body(Map.of("questions", List.of(Map.of("key", "a", "text", "Ett?", "kind", "SCALE"),
                Map.of("key", "a", "text", "Två?", "kind", "SCALE")))).put("/api/v1/events/{id}/evaluation", event).then(), 400)
                .body("violations[0].field", equalTo("questions[1].key"));
        problem(as(organiser).body(Map.of("questions", List.of(Map.of("text", "Ett?", "kind", "STARS"))))
                .put("/api/v1/events/{id}/evaluation", event).then(), 400).body("violations[0].field", containsString("kind"));
        problem(as(organiser).body(Map.of("questions", List.of(Map.of("key", "Stor Bokstav", "text", " ", "kind", "TEXT"))))
                .put("/api/v1/events/{id}/evaluation", event).then(), 400)
                .body("violations.field", hasItem("questions[0].key")).body("violations.field", hasItem("questions[0].text"));
        problem(as(organiser).body(Map.of("closesAt", OffsetDateTime.now().minusDays(1).toString()))
                .put("/api/v1/events/{id}/evaluation", event).then(), 400).body("violations[0].field", equalTo("closesAt"));
        as(organiser).body(Map.of()).put("/api/v1/events/{id}/evaluation", event).then().statusCode(200)
                .body("answers", equalTo(0));
        String a = TestTokens.participant(asa, MALMO);
        String answers = "/api/v1/events/{id}/evaluation/answers";
        problem(as(a).body(Map.of("answers", Map.of("q1", 6))).post(answers, event).then(), 400)
                .body("violations[0].field", equalTo("answers.q1")).body("violations[0].message", containsString("1 to 5"));
        problem(as(a).body(Map.of("answers", Map.of("q1", 2.5))).post(answers, event).then(), 400)
                .body("violations[0].field", equalTo("answers.q1"));
        problem(as(a).body(Map.of("answers", Map.of("nope", 3))).post(answers, event).then(), 400)
                .body("violations[0].field", equalTo("answers.nope"));
        problem(as(a).body(Map.of("answers", Map.of("q3", "x".repeat(2001)))).post(answers, event).then(), 400)
                .body("violations[0].field", equalTo("answers.q3"));
        problem(as(a).body(Map.of("answers", Map.of())).post(answers, event).then(), 400)
                .body("violations[0].field", equalTo("answers"));
        problem(as(a).body(Map.of()).post(answers, event).then(), 400).body("violations[0].field", equalTo("answers"));
        as(organiser).get("/api/v1/events/{id}/evaluation/results", event).then().body("responses", equalTo(0))
                .body(not(containsString("Åsa")));
    }

    @Test
    void aProgrammesEvaluationsAreReadOverAllItsDays() throws Exception {
        UUID cohort = UUID.randomUUID();
        UUID programme = UUID.randomUUID();
        UUID owner = UUID.randomUUID();
        String organiser = TestTokens.coordinator(owner);
        CohortsOnKafka.cohort(cohort, programme, owner, 0, 5);
        UUID day = UUID.randomUUID();
        CohortsOnKafka.day(day, cohort, programme, owner, 1, "PUBLISHED", 5, 2);
        CohortsOnKafka.awaitCohort(cohort, organiser);
        UUID person = UUID.fromString(Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(TestTokens.municipality(
                "2181")).body(EventsOnKafka.person("2181", "P-" + cohort, "Åke", "Öst")).post("/api/v1/cohorts/{id}/enrolments",
                        cohort).then().extract(), r -> r.statusCode() == 201).path("participant.id"));
        CohortsOnKafka.day(day, cohort, programme, owner, 2, "COMPLETED", 5, -1);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> as(organiser).body(Map.of()).put("/api/v1/events/{id}/evaluation", day).statusCode() == 200);
        as(TestTokens.participant(person, "2181")).body(Map.of("answers", Map.of("q1", 4, "q3", "Salutogent ledarskap i vardagen.")))
                .post("/api/v1/events/{id}/evaluation/answers", day).then().statusCode(201);
        as(organiser).get("/api/v1/programmes/{id}/evaluation/results", programme).then().statusCode(200)
                .body("days", hasSize(1)).body("days[0].responses", equalTo(1)).body("overall[0].key", equalTo("q1"))
                .body("overall[0].mean", equalTo(4.0f)).body("overall[2].texts[0]", equalTo("Salutogent ledarskap i vardagen."));
        String csv = new String(as(organiser).accept("text/csv").get("/api/v1/programmes/{id}/evaluation/results", programme)
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("day;startsAt;q1;q2;q3") && csv.contains(";4;;Salutogent ledarskap i vardagen."), csv);
        problem(as(TestTokens.coordinator(UUID.randomUUID())).get("/api/v1/programmes/{id}/evaluation/results", programme)
                .then(), 403);
        problem(as(organiser).get("/api/v1/programmes/{id}/evaluation/results", UUID.randomUUID()).then(), 404);
    }
}
