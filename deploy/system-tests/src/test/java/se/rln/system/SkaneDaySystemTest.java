package se.rln.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.tools.DemoLoader;

/**
 * The Skåne day as its users meet it, through the gateway only: the coordinators create and
 * publish the day (organisations, agenda with the talk, its seven dialogue questions and the
 * scenario-cross workshop), five Skåne municipalities sync their rosters, the participants run the
 * workshop to four scenarios; then the seat statistics, the workshop outcome on the event, the
 * report and the pictures are there for everyone who may see them — across all services and Kafka.
 * Loading the same again changes nothing.
 */
class SkaneDaySystemTest {

    private static String gateway;
    private static Map<String, String> demo;
    private static String admin;

    @BeforeAll
    static void theSkaneDayHappens() throws Exception {
        gateway = Suite.gateway();
        admin = TestTokens.admin();
        demo = DemoLoader.load(gateway, admin, Suite.signingKey(), TestTokens.ISSUER);
    }

    private static RequestSpecification api(String token) {
        RequestSpecification r = given().baseUri(gateway);
        return token == null ? r : r.header("Authorization", "Bearer " + token);
    }

    @Test
    void sandvikensProgrammeRunsInThreeCohortsWithItsFirstDayHeldAndEvaluated() {
        String programme = demo.get("SANDVIKEN_PROGRAMME");
        String sandvikenHr = TestTokens.municipality("2181");
        api(null).get("/api/v1/programmes/{id}/cohorts", programme).then().statusCode(200)
                .body("name", equalTo(java.util.List.of("Grupp 1", "Grupp 2", "Grupp 3")))
                .body("[1].days", hasSize(4)).body("[0].days[0].status", equalTo("COMPLETED"))
                .body("[0].seats.confirmed", equalTo(20)).body("[0].seats.byMunicipality[0].free", equalTo(10));
        String group1 = demo.get("SANDVIKEN_GROUP_1");
        String firstDay = api(null).get("/api/v1/cohorts/{id}", group1).then().extract().path("days[0].eventId");
        api(null).get("/api/v1/events/{id}", firstDay).then().body("venue.name", equalTo("Västerbergs folkhögskola"))
                .body("venue.city", equalTo("Storvik"));
        api(sandvikenHr).get("/api/v1/cohorts/{id}/municipalities/2181/roster", group1).then().statusCode(200)
                .body("", hasSize(20)).body("[0].days", hasSize(4));
        api(admin).get("/api/v1/events/{id}/evaluation/results", firstDay).then().statusCode(200)
                .body("responses", equalTo(12)).body("questions[2].texts", hasSize(12));
        api(sandvikenHr).queryParam("programme", programme).get("/api/v1/reports/completion").then().statusCode(200)
                .body("people", hasSize(60)).body("completionMinimumDays", equalTo(3))
                .body("people.findAll { it.completion.attendedDays == 1 }", hasSize(18));
        String calendar = api(null).get("/api/v1/cohorts/{id}/calendar.ics", demo.get("SANDVIKEN_GROUP_2")).then()
                .statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(4, calendar.split("BEGIN:VEVENT", -1).length - 1);
    }

    @Test
    void theDayIsPublishedWithItsAgendaForEveryone() {
        String day = demo.get("SKANE_DAY");
        api(null).get("/api/v1/events/{id}", day).then().statusCode(200)
                .body("title", equalTo("Mobilisera för framtiden – ledarskapets betydelse"))
                .body("status", equalTo("PUBLISHED")).body("capacity", equalTo(60))
                .body("coHostOrganisationIds", hasSize(1))
                .body("sessions.kind", hasItem("SCENARIO_CROSS_WORKSHOP"))
                .body("sessions.find { it.kind == 'DIALOGUE' }.dialogueQuestions", hasSize(7));
        api(null).get("/api/v1/events/{id}/calendar.ics", day).then().statusCode(200)
                .body(containsString("Mobilisera för framtiden"));
        api(null).get("/api/v1/events?region=12").then().statusCode(200)
                .body("items.id", hasItem(day));
    }

    @Test
    void theMunicipalitiesRostersBecomeSeatsAndTheStatisticsConverge() {
        String day = demo.get("SKANE_DAY");
        String fss = TestTokens.coordinator(UUID.fromString(demo.get("FSS_ORG")));
        Awaitility.await("statistics at 39 confirmed").atMost(Duration.ofSeconds(30)).until(() ->
                api(fss).get("/api/v1/events/{id}/stats", day).then().extract().<Integer>path("confirmed") == 39);
        api(fss).get("/api/v1/events/{id}/stats", day).then().body("byMunicipality", hasSize(5))
                .body("byMunicipality.find { it.municipalityCode == '1280' }.confirmed", equalTo(14));
        api(TestTokens.municipality("1280")).get("/api/v1/events/{id}/municipalities/1280/roster", day).then()
                .statusCode(200).body("", hasSize(14)).body("participant.familyName",
                        hasItem(org.hamcrest.Matchers.matchesPattern(".*[åäö].*")));
        api(TestTokens.municipality("1281")).get("/api/v1/events/{id}/municipalities/1280/roster", day).then()
                .statusCode(403).contentType("application/problem+json");
        api(null).get("/api/v1/events/{id}/registrations", day).then().statusCode(401);
    }

    @Test
    void theWorkshopOutcomeIsAttachedToTheEvent() throws Exception {
        String day = demo.get("SKANE_DAY");
        String fss = TestTokens.coordinator(UUID.fromString(demo.get("FSS_ORG")));
        String workshop = "/api/v1/workshops/" + demo.get("SKANE_WORKSHOP");
        api(fss).get(workshop).then().statusCode(200).body("phase", equalTo("COMPLETED")).body("groups", equalTo(3))
                .body("members", equalTo(39));
        Awaitility.await("the outcome on the event").atMost(Duration.ofSeconds(30)).until(() ->
                api(null).get("/api/v1/events/{id}/outcomes", day).then().extract().<List<?>>path("").size() == 1);
        JsonPath outcome = api(null).get("/api/v1/events/{id}/outcomes", day).then().statusCode(200).extract().jsonPath();
        assertEquals(3, outcome.getList("[0].groups").size());
        assertEquals(List.of("Den digitala tilliten", "Den magra välfärden", "Nära omsorg", "Tekniken som ersätter"),
                outcome.getList("[0].groups[0].scenarios.name", String.class).stream().sorted().toList());
        assertEquals("Gemensam introduktion för nya chefer i regionen", outcome.getString("[0].groups[0].strategies[0].title"));
        api(fss).get(workshop + "/report.md").then().statusCode(200).body(containsString("4/4 (robust)"));
        String group = api(fss).get(workshop + "/groups").then().extract().path("[0].id");
        byte[] cross = api(fss).get(workshop + "/groups/" + group + "/cross.svg").then().statusCode(200)
                .contentType("image/svg+xml").extract().asByteArray();
        String text = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(cross))
                .getDocumentElement().getTextContent();
        assertTrue(text.contains("Den digitala tilliten") && text.contains("Nära omsorg"), text);
    }

    @Test
    void loadingTheDemoAgainChangesNothing() throws Exception {
        String day = demo.get("SKANE_DAY");
        String fss = TestTokens.coordinator(UUID.fromString(demo.get("FSS_ORG")));
        long ledger = api(fss).get("/api/v1/events/{id}/stats", day).then().extract().<Number>path("ledgerVersion").longValue();
        Map<String, String> again = new java.util.HashMap<>(DemoLoader.load(gateway, admin, Suite.signingKey(), TestTokens.ISSUER));
        // a second load hands the projector another pass (the first stays valid); everything else is as it was
        Map<String, String> before = new java.util.HashMap<>(demo);
        org.junit.jupiter.api.Assertions.assertNotNull(again.remove("LIVE_PROJECTOR_TOKEN"));
        before.remove("LIVE_PROJECTOR_TOKEN");
        assertEquals(before, again);
        assertEquals(ledger, api(fss).get("/api/v1/events/{id}/stats", day).then().extract()
                .<Number>path("ledgerVersion").longValue());
        // the agenda's scenario-cross workshop (completed) and the room's live one
        api(fss).get("/api/v1/workshops?event={e}", day).then().body("items", hasSize(2))
                .body("items.find { it.id == '" + demo.get("LIVE_WORKSHOP") + "' }.phase", equalTo("SETUP"));
    }

    @Test
    void theDocumentsAreServedByTheGateway() {
        api(null).get("/openapi").then().statusCode(200).body("servers[0].url", org.hamcrest.Matchers.notNullValue());
        api(null).get("/asyncapi").then().statusCode(200).body("asyncapi", equalTo("3.0.0"));
        api(null).get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
