package se.rln.participants;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.awaitility.Awaitility;
import se.rln.commons.testing.TestKafka;

/** Publishes cohorts and their days on leadership.events.v1 as events-service does, and awaits the replicas. */
public final class CohortsOnKafka {

    private CohortsOnKafka() {
    }

    /** A cohort of a programme owned by {@code owner}, its snapshot at {@code version}, 10 seats allotted to Sandviken. */
    public static void cohort(UUID cohort, UUID programme, UUID owner, long version, int capacity) throws Exception {
        String data = """
                {"id":"%s","version":%d,"programmeId":"%s","programmeTitle":"Salutogent ledarskap","ownerOrganisationId":"%s",
                 "completionMinimumDays":2,"name":"Grupp %s","capacity":%d,
                 "seatAllotments":[{"municipalityCode":"2181","seats":1}],"updatedAt":"%s"}
                """.formatted(cohort, version, programme, owner, cohort.toString().substring(0, 4), capacity, OffsetDateTime.now());
        send(cohort, "cohort." + (version == 0 ? "created" : "updated"), data);
    }

    /** A day of the cohort, {@code weeksAhead} weeks from now, with the cohort's seats. */
    public static void day(UUID day, UUID cohort, UUID programme, UUID owner, long version, String status, int capacity,
            int weeksAhead) throws Exception {
        OffsetDateTime start = OffsetDateTime.now().plusWeeks(weeksAhead);
        String data = """
                {"id":"%s","version":%d,"title":"Salutogent ledarskap, dag","status":"%s","hostOrganisationId":"%s",
                 "coHostOrganisationIds":[],"programmeId":"%s","cohortId":"%s","regionCode":"21","startsAt":"%s","endsAt":"%s",
                 "capacity":%d,"seatAllotments":[{"municipalityCode":"2181","seats":1}],"overbookingPolicy":"KEEP",
                 "registrationOpensAt":null,"registrationClosesAt":null,"sessions":[]}
                """.formatted(day, version, status, owner, programme, cohort, start, start.plusHours(7), capacity);
        send(day, "event." + status.toLowerCase().replace('_', '-'), data);
    }

    /** Waits until the cohort takes enrolments here (its replica and a published coming day are known). */
    public static void awaitCohort(UUID cohort, String organiserToken) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                given().header("Authorization", "Bearer " + organiserToken).get("/api/v1/cohorts/{id}/enrolments", cohort)
                        .statusCode() == 200);
    }

    private static void send(UUID key, String type, String data) throws Exception {
        String cloudEvent = """
                {"specversion":"1.0","id":"%s","source":"/events-service","type":"%s","subject":"%s",
                 "time":"%s","datacontenttype":"application/json","data":%s}
                """.formatted(UUID.randomUUID(), type, key, OffsetDateTime.now(), data);
        TestKafka.send("leadership.events.v1", key.toString(), cloudEvent);
    }
}
