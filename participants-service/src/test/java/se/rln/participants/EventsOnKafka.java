package se.rln.participants;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import se.rln.commons.testing.TestKafka;

/** Publishes event snapshots on leadership.events.v1 as events-service does, and awaits the replica. */
public final class EventsOnKafka {

    private EventsOnKafka() {
    }

    /** An event's snapshot as a structured CloudEvent. */
    public static void publish(UUID event, UUID host, long version, String status, int capacity,
            Map<String, Integer> allotments) throws Exception {
        publish(event, host, null, version, status, capacity, allotments);
    }

    /** An event of a programme (or of none when {@code programme} is null). */
    public static void publish(UUID event, UUID host, UUID programme, long version, String status, int capacity,
            Map<String, Integer> allotments) throws Exception {
        OffsetDateTime day = OffsetDateTime.now().plusMonths(2);
        publish(event, host, programme, version, status, capacity, allotments, day, day.plusHours(7));
    }

    /** An event taking place at the given times (registration open from yesterday, no close date). */
    public static void publish(UUID event, UUID host, UUID programme, long version, String status, int capacity,
            Map<String, Integer> allotments, OffsetDateTime startsAt, OffsetDateTime endsAt) throws Exception {
        publish(event, host, programme, version, status, capacity, allotments, startsAt, endsAt, "KEEP");
    }

    /** A published event two months ahead whose seats were cut with the given overbooking policy. */
    public static void cut(UUID event, UUID host, long version, int capacity, Map<String, Integer> allotments,
            String overbookingPolicy) throws Exception {
        OffsetDateTime day = OffsetDateTime.now().plusMonths(2);
        publish(event, host, null, version, "PUBLISHED", capacity, allotments, day, day.plusHours(7), overbookingPolicy);
    }

    private static void publish(UUID event, UUID host, UUID programme, long version, String status, int capacity,
            Map<String, Integer> allotments, OffsetDateTime startsAt, OffsetDateTime endsAt, String overbookingPolicy)
            throws Exception {
        String seats = allotments.entrySet().stream()
                .map(a -> "{\"municipalityCode\":\"" + a.getKey() + "\",\"seats\":" + a.getValue() + "}")
                .collect(Collectors.joining(",", "[", "]"));
        String data = """
                {"id":"%s","version":%d,"title":"Mobilisera för framtiden – ledarskapets betydelse","status":"%s",
                 "hostOrganisationId":"%s","coHostOrganisationIds":[],"programmeId":%s,"regionCode":"12","startsAt":"%s","endsAt":"%s",
                 "capacity":%d,"seatAllotments":%s,"overbookingPolicy":"%s","registrationOpensAt":"%s",
                 "registrationClosesAt":null,"sessions":[]}
                """.formatted(event, version, status, host, programme == null ? "null" : "\"" + programme + "\"", startsAt,
                endsAt, capacity, seats, overbookingPolicy, OffsetDateTime.now().minusDays(1));
        String cloudEvent = """
                {"specversion":"1.0","id":"%s","source":"/events-service","type":"event.%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), status.toLowerCase(), event, OffsetDateTime.now(), data);
        TestKafka.send("leadership.events.v1", event.toString(), cloudEvent);
    }

    /** Publishes a PUBLISHED event and waits until this service has its replica. */
    public static void published(UUID event, UUID host, int capacity, Map<String, Integer> allotments, String token)
            throws Exception {
        publish(event, host, 1, "PUBLISHED", capacity, allotments);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().header("Authorization", "Bearer " + token).get("/api/v1/events/{id}/registrations", event)
                        .statusCode() == 200);
    }

    public static Map<String, Object> person(String municipality, String externalId, String given, String family) {
        return Map.of("participant", Map.of("externalId", externalId, "givenName", given, "familyName", family,
                "email", (given + "." + family + "." + externalId + "@example.se").toLowerCase().replace(" ", ""),
                "title", "Enhetschef", "managerLevel", "FIRST_LINE", "municipalityCode", municipality));
    }
}
