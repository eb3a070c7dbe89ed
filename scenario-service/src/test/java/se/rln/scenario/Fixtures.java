package se.rln.scenario;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import se.rln.commons.testing.Api;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;

/**
 * The world around a workshop as this service learns it from Kafka: an event with a
 * scenario-cross session published by events-service, registrations from participants-service.
 */
public final class Fixtures {

    /** The Skåne municipalities of the demo day. */
    public static final List<String> SKANE = List.of("1280", "1281", "1283", "1290", "1286");

    private Fixtures() {
    }

    /** An event on Kafka, with its scenario-cross session, and the workshop this service makes of it. */
    public record Day(UUID event, UUID host, UUID session, String coordinator, UUID workshop) {
    }

    public static Day publishedDay() throws Exception {
        UUID event = UUID.randomUUID();
        UUID host = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        publishEvent(event, host, session, 1, "PUBLISHED");
        String coordinator = TestTokens.coordinator(host);
        UUID workshop = awaitWorkshop(event, coordinator);
        return new Day(event, host, session, coordinator, workshop);
    }

    public static void publishEvent(UUID event, UUID host, UUID session, long version, String status) throws Exception {
        publishEvent(event, host, null, session, version, status);
    }

    /** The event with a co-host (or none when {@code coHost} is null). */
    public static void publishEvent(UUID event, UUID host, UUID coHost, UUID session, long version, String status)
            throws Exception {
        publishEvent(event, host, coHost, session, version, status, "SCENARIO_CROSS_WORKSHOP");
    }

    /** The event with only a talk: no scenario-cross session, so no workshop (yet). */
    public static void publishTalkOnly(UUID event, UUID host, UUID session, long version) throws Exception {
        publishEvent(event, host, null, session, version, "PUBLISHED", "TALK");
    }

    private static void publishEvent(UUID event, UUID host, UUID coHost, UUID session, long version, String status,
            String secondKind) throws Exception {
        OffsetDateTime day = OffsetDateTime.now().plusMonths(1);
        String data = """
                {"id":"%s","version":%d,"title":"Mobilisera för framtiden – ledarskapets betydelse","status":"%s",
                 "hostOrganisationId":"%s","coHostOrganisationIds":%s,"startsAt":"%s","endsAt":"%s","capacity":60,
                 "sessions":[{"id":"%s","kind":"TALK","title":"Tillit och ledarskap"},
                             {"id":"%s","kind":"%s","title":"Scenariokorset: framtidens socialtjänst"}]}
                """.formatted(event, version, status, host, coHost == null ? "[]" : "[\"" + coHost + "\"]", day,
                day.plusHours(7), UUID.randomUUID(), session, secondKind);
        TestKafka.send("leadership.events.v1", event.toString(), cloudEvent("event." + status.toLowerCase(), event, data,
                "/events-service"));
    }

    /** A registration change as participants-service sends it. */
    public static void registration(UUID event, UUID participant, String municipality, String status, long version)
            throws Exception {
        String data = """
                {"eventId":"%s","version":%d,"registrationId":"%s","participantId":"%s","municipalityCode":"%s",
                 "status":"%s","seats":{"capacity":60,"confirmed":1,"waitlisted":0,"attended":0,"noShow":0,"cancelled":0,
                 "byMunicipality":[]}}
                """.formatted(event, version, UUID.randomUUID(), participant, municipality, status);
        TestKafka.send("leadership.registrations.v1", event.toString(), cloudEvent("registration." + status.toLowerCase(),
                event, data, "/participants-service"));
    }

    /** {@code count} people registered on the event, spread over the Skåne municipalities; awaits them as members. */
    public static List<UUID> registered(Day day, int count) throws Exception {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID p = UUID.randomUUID();
            people.add(p);
            registration(day.event(), p, SKANE.get(i % SKANE.size()), "CONFIRMED", i + 1);
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                Api.as(day.coordinator()).get("/api/v1/workshops/{id}", day.workshop()).then().extract()
                        .<Integer>path("members") == count);
        return people;
    }

    /** {@code participant.erased} as participants-service sends it. */
    public static void erased(UUID participant) throws Exception {
        String data = "{\"participantId\":\"%s\",\"municipalityCode\":\"1280\",\"reason\":\"REQUEST\"}"
                .formatted(participant);
        TestKafka.send("leadership.participants.v1", participant.toString(), cloudEvent("participant.erased", participant,
                data, "/participants-service"));
    }

    public static String participant(UUID participant) {
        return TestTokens.participant(participant, "1280");
    }

    private static UUID awaitWorkshop(UUID event, String coordinator) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().header("Authorization", "Bearer " + coordinator).queryParam("event", event.toString())
                        .get("/api/v1/workshops").then().extract().<List<?>>path("items").size() == 1);
        return UUID.fromString(given().header("Authorization", "Bearer " + coordinator).queryParam("event", event.toString())
                .get("/api/v1/workshops").then().extract().path("items[0].id"));
    }

    private static String cloudEvent(String type, UUID subject, String data, String source) {
        return """
                {"specversion":"1.0","id":"%s","source":"%s","type":"%s","subject":"%s","time":"%s",
                 "datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), source, type, subject, OffsetDateTime.now(), data);
    }
}
