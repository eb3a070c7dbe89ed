package se.rln.events;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.time.Duration;
import org.awaitility.Awaitility;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.commons.testing.Api;
import se.rln.commons.testing.TestTokens;

/** Test data of this module: unique organisations and the Skåne day, created through the API. */
public final class Fixtures {

    public static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    public static final List<String> DIALOGUE_QUESTIONS = List.of(
            "Vad är att göra ett bra jobb?",
            "Ledarskapet spelar roll, så hur utövar vi det?",
            "Leder vi med mål, visioner och värderingar?",
            "Att samarbeta är smart, men gör vi det alltid?",
            "Jobbar vi i team eller inte?",
            "Ledarskap och följarskap, med ömsesidig tillit, förutsätter varandra – hur värnar och värdesätter vi den relationen?",
            "Har vi och skapar vi förutsättningarna som behövs för att utöva ledarskap?");

    private Fixtures() {
    }

    public static RequestSpecification as(String token) {
        return Api.as(token);
    }

    public static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static UUID organisation(String name, String kind, String municipalityCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique(name));
        body.put("kind", kind);
        body.put("municipalityCode", municipalityCode);
        body.put("countyCode", "12");
        return UUID.fromString(as(TestTokens.admin()).body(body).post("/api/v1/organisations")
                .then().statusCode(201).extract().path("id"));
    }

    /** The day: two months ahead, 09:00–16:00 Swedish time. */
    public static OffsetDateTime at(int hour, int minute) {
        return LocalDate.now(STOCKHOLM).plusMonths(2).atTime(LocalTime.of(hour, minute)).atZone(STOCKHOLM).toOffsetDateTime();
    }

    public static Map<String, Object> skaneDay(UUID host, UUID coHost) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Mobilisera för framtiden – ledarskapets betydelse");
        body.put("theme", "Ledarskap i socialtjänsten");
        body.put("description", "En dag för chefer inom socialtjänsten från Skånes kommuner.");
        body.put("hostOrganisationId", host.toString());
        body.put("coHostOrganisationIds", List.of(coHost.toString()));
        body.put("regionCode", "12");
        body.put("venue", Map.of("name", "Kommunförbundet Skåne", "address", "Gustav Adolfs torg 47", "city", "Lund"));
        body.put("startsAt", at(9, 0).toString());
        body.put("endsAt", at(16, 0).toString());
        body.put("capacity", 60);
        body.put("seatAllotments", List.of(Map.of("municipalityCode", "1280", "seats", 10),
                Map.of("municipalityCode", "1281", "seats", 6)));
        body.put("audience", "Chefer inom socialtjänsten i Skånes kommuner");
        body.put("registrationOpensAt", OffsetDateTime.now().minusDays(1).toString());
        body.put("registrationClosesAt", at(8, 0).minusDays(7).toString());
        body.put("resourceLinks", List.of(Map.of("title", "Videoklipp från dagen", "url", "https://www.kfsk.se/")));
        return body;
    }

    public static List<Map<String, Object>> skaneAgenda() {
        List<Map<String, Object>> sessions = new ArrayList<>();
        sessions.add(session("TALK", "Tillit och ledarskap", at(9, 30), at(11, 0),
                List.of(Map.of("name", "Sara Henrysson Eidvall",
                        "title", "leg. psykolog, specialist i arbets- och organisationspsykologi")), List.of()));
        sessions.add(session("DIALOGUE", "Dialog om den egna ledarrollen", at(11, 0), at(12, 0), List.of(),
                DIALOGUE_QUESTIONS));
        sessions.add(session("BREAK", "Lunch", at(12, 0), at(13, 0), List.of(), List.of()));
        sessions.add(session("SCENARIO_CROSS_WORKSHOP", "Spaning och workshop om framtidens socialtjänst", at(13, 0),
                at(15, 30), List.of(Map.of("name", "Ulf Johansson", "title", "professor",
                        "affiliation", "Företagsekonomiska institutionen, Lunds universitet")),
                List.of("Vilken är vår brinnande fråga?", "Vilka drivkrafter påverkar den mest?")));
        return sessions;
    }

    public static Map<String, Object> session(String kind, String title, OffsetDateTime start, OffsetDateTime end,
            List<Map<String, String>> speakers, List<String> questions) {
        Map<String, Object> s = new HashMap<>();
        s.put("kind", kind);
        s.put("title", title);
        s.put("startsAt", start.toString());
        s.put("endsAt", end.toString());
        s.put("speakers", speakers);
        s.put("dialogueQuestions", questions);
        return s;
    }

    /** How the API writes times: always with seconds and offset. */
    public static String iso(OffsetDateTime time) {
        return time.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
    }

    /** A host, a co-host, and a coordinator token of the host. */
    public record Organisers(UUID host, UUID coHost, String hostToken, String coHostToken) {
    }

    public static Organisers organisers() {
        UUID host = organisation("FSS region Skåne", "ASSOCIATION", null);
        UUID coHost = organisation("Kommunförbundet Skåne", "ASSOCIATION", null);
        return new Organisers(host, coHost, TestTokens.coordinator(host), TestTokens.coordinator(coHost));
    }

    public static Response createEvent(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/events");
    }

    public static UUID draftSkaneDay(Organisers o) {
        return UUID.fromString(createEvent(o.hostToken(), skaneDay(o.host(), o.coHost())).then().statusCode(201)
                .extract().path("id"));
    }

    /** A report exactly as participants-service writes it, plus a field no consumer knows. */
    public static String seatReport(String cloudEventId, UUID event, long version, int malmoConfirmed, int lundConfirmed) {
        return """
                {"specversion":"1.0","id":"%s","source":"/participants-service","type":"registration.confirmed",
                 "subject":"%s","time":"2027-01-01T10:00:00Z","datacontenttype":"application/json",
                 "data":{"eventId":"%s","version":%d,"registrationId":"%s","seats":{"confirmed":%d,"waitlisted":1,
                 "attended":0,"noShow":0,"cancelled":0,"byMunicipality":[
                 {"municipalityCode":"1280","allotted":10,"confirmed":%d,"waitlisted":1,"attended":0,"noShow":0,"cancelled":0},
                 {"municipalityCode":"1281","allotted":0,"confirmed":%d,"waitlisted":0,"attended":0,"noShow":0,"cancelled":0}],
                 "capacity":60},"participantId":"%s","municipalityCode":"1280","status":"CONFIRMED"},"dataschema":"x"}
                """.formatted(cloudEventId, event, event, version, UUID.randomUUID(), malmoConfirmed + lundConfirmed,
                malmoConfirmed, lundConfirmed, UUID.randomUUID());
    }

    /** Waits until the event's statistics show the report of that version. */
    public static void awaitSeatReport(UUID event, int confirmed, long version) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() ->
                given().get("/api/v1/events/{id}/stats", event).then().statusCode(200)
                        .body("confirmed", equalTo(confirmed)).body("ledgerVersion", equalTo((int) version)));
    }
}
