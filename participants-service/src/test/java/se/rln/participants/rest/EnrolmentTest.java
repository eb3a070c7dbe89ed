package se.rln.participants.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.Api;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.CohortsOnKafka;
import se.rln.participants.EventsOnKafka;

/**
 * One enrolment for every day, against PostgreSQL and Kafka: a cohort's ledger decides, each
 * coming day mirrors it; waitlist, promotion, cancelling one day or the whole programme, moving.
 */
@QuarkusTest
class EnrolmentTest {

    private static final String SANDVIKEN = "2181";

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    private static RequestSpecification as(String token) {
        return Api.as(token);
    }

    /** A programme owned by a fresh organisation, with cohorts of published coming days. */
    record Programme(UUID id, UUID owner, String organiser) {

        static Programme fresh() {
            UUID owner = UUID.randomUUID();
            return new Programme(UUID.randomUUID(), owner, TestTokens.coordinator(owner));
        }

        /** A cohort of {@code capacity} seats with {@code days} published days, one every four weeks. */
        List<UUID> cohort(UUID cohort, int capacity, int days) throws Exception {
            CohortsOnKafka.cohort(cohort, id, owner, 0, capacity);
            List<UUID> ids = new java.util.ArrayList<>();
            for (int i = 0; i < days; i++) {
                UUID day = UUID.randomUUID();
                CohortsOnKafka.day(day, cohort, id, owner, 1, "PUBLISHED", capacity, 4 * (i + 1));
                ids.add(day);
            }
            CohortsOnKafka.awaitCohort(cohort, organiser);
            for (UUID day : ids) {
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(organiser)
                        .get("/api/v1/events/{id}/registrations", day).statusCode() == 200);
            }
            return ids;
        }
    }

    private static String enrol(String token, UUID cohort, String externalId, String given, String family, String status) {
        return as(token).body(EventsOnKafka.person(SANDVIKEN, externalId, given, family))
                .post("/api/v1/cohorts/{id}/enrolments", cohort).then().statusCode(201).body("status", equalTo(status))
                .extract().path("id");
    }

    @Test
    void anEnrolmentIsOneSeatOnEveryComingDayAndAFullCohortWaitlistsAndPromotesIntoEveryDay() throws Exception {
        Programme p = Programme.fresh();
        UUID cohort = UUID.randomUUID();
        List<UUID> days = p.cohort(cohort, 2, 3);
        String hr = TestTokens.municipality(SANDVIKEN);
        String asa = enrol(hr, cohort, "HR-" + cohort + "-1", "Åsa", "Öberg", "CONFIRMED");
        enrol(hr, cohort, "HR-" + cohort + "-2", "Örjan", "Ärlig", "CONFIRMED");
        String third = enrol(hr, cohort, "HR-" + cohort + "-3", "Märta", "Ås", "WAITLISTED");
        as(hr).get("/api/v1/enrolments/{id}", third).then().statusCode(200).body("waitlistPlace", equalTo(1))
                .body("days", hasSize(3)).body("days.status", everyItem(equalTo("WAITLISTED")))
                .body("days.eventId", equalTo(days.stream().map(UUID::toString).toList()))
                .body("participant.givenName", equalTo("Märta"));
        for (UUID day : days) {
            as(p.organiser()).get("/api/v1/events/{id}/registrations", day).then().statusCode(200)
                    .body("items", hasSize(3)).body("items.enrolmentId", everyItem(org.hamcrest.Matchers.notNullValue()));
        }
        // enrolling again answers the same enrolment
        as(hr).body(EventsOnKafka.person(SANDVIKEN, "HR-" + cohort + "-1", "Åsa", "Öberg"))
                .post("/api/v1/cohorts/{id}/enrolments", cohort).then().statusCode(201).body("id", equalTo(asa));
        // the whole programme cancelled: every day freed, the waitlisted promoted on every day at once
        as(hr).delete("/api/v1/enrolments/{id}", asa).then().statusCode(200).body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("MUNICIPALITY")).body("days.status", everyItem(equalTo("CANCELLED")));
        as(hr).get("/api/v1/enrolments/{id}", third).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("days.status", everyItem(equalTo("CONFIRMED")));
        var records = TestKafka.await("leadership.registrations.v1", r -> cohort.toString().equals(r.key()),
                l -> l.stream().anyMatch(r -> r.value().contains("enrolment.promoted")), Duration.ofSeconds(30));
        assertTrue(records.stream().anyMatch(r -> r.value().contains("enrolment.cancelled")));
        as(p.organiser()).get("/api/v1/cohorts/{id}/enrolments", cohort).then().statusCode(200).body("items", hasSize(3));
    }

    @Test
    void oneDayIsCancelledOnItsOwnAndADayIsNeverRegisteredOnDirectly() throws Exception {
        Programme p = Programme.fresh();
        UUID cohort = UUID.randomUUID();
        List<UUID> days = p.cohort(cohort, 5, 3);
        String hr = TestTokens.municipality(SANDVIKEN);
        String id = enrol(hr, cohort, "HR-" + cohort, "Åke", "Öst", "CONFIRMED");
        String second = as(hr).get("/api/v1/enrolments/{id}", id).then().extract().path("days[1].registrationId");
        as(hr).delete("/api/v1/registrations/{id}", second).then().statusCode(200).body("status", equalTo("CANCELLED"));
        as(hr).get("/api/v1/enrolments/{id}", id).then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("days.status", equalTo(List.of("CONFIRMED", "CANCELLED", "CONFIRMED")));
        // a day's new snapshot does not bring the cancelled day back
        CohortsOnKafka.day(days.get(1), cohort, p.id(), p.owner(), 2, "PUBLISHED", 5, 8);
        CohortsOnKafka.cohort(cohort, p.id(), p.owner(), 1, 6);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> as(p.organiser())
                .get("/api/v1/events/{id}/registrations", days.get(1)).then().extract().path("items[0].status") != null);
        as(hr).get("/api/v1/enrolments/{id}", id).then().body("days.status", equalTo(List.of("CONFIRMED", "CANCELLED",
                "CONFIRMED")));
        problem(as(hr).body(EventsOnKafka.person(SANDVIKEN, "HR-x-" + cohort, "Eva", "Ek"))
                .post("/api/v1/events/{id}/registrations", days.get(0)).then(), 409)
                .body("type", containsString("cohort-day")).body("detail", containsString("/enrolments"));
    }

    @Test
    void aDayPublishedLaterGetsEveryoneEnrolled() throws Exception {
        Programme p = Programme.fresh();
        UUID cohort = UUID.randomUUID();
        p.cohort(cohort, 5, 1);
        String hr = TestTokens.municipality(SANDVIKEN);
        String id = enrol(hr, cohort, "HR-" + cohort, "Åsa", "Lind", "CONFIRMED");
        UUID later = UUID.randomUUID();
        CohortsOnKafka.day(later, cohort, p.id(), p.owner(), 1, "DRAFT", 5, 12);
        CohortsOnKafka.day(later, cohort, p.id(), p.owner(), 2, "PUBLISHED", 5, 12);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> as(hr)
                .get("/api/v1/enrolments/{id}", id).then().extract().jsonPath().getList("days").size() == 2);
        as(hr).get("/api/v1/enrolments/{id}", id).then().body("days[1].eventId", equalTo(later.toString()))
                .body("days[1].status", equalTo("CONFIRMED"));
    }

    @Test
    void aPersonMovesToAnotherCohortOfTheProgramme() throws Exception {
        Programme p = Programme.fresh();
        UUID one = UUID.randomUUID();
        UUID two = UUID.randomUUID();
        p.cohort(one, 5, 2);
        List<UUID> daysOfTwo = p.cohort(two, 5, 2);
        String hr = TestTokens.municipality(SANDVIKEN);
        String id = enrol(hr, one, "HR-" + one, "Göran", "Åström", "CONFIRMED");
        problem(as(hr).body(EventsOnKafka.person(SANDVIKEN, "HR-" + one, "Göran", "Åström"))
                .post("/api/v1/cohorts/{id}/enrolments", two).then(), 409).body("type", containsString("already-enrolled"));
        String moved = as(p.organiser()).body(Map.of("cohortId", two.toString())).post("/api/v1/enrolments/{id}/move", id)
                .then().statusCode(200).body("cohortId", equalTo(two.toString())).body("status", equalTo("CONFIRMED"))
                .body("days.eventId", equalTo(daysOfTwo.stream().map(UUID::toString).toList())).extract().path("id");
        as(hr).get("/api/v1/enrolments/{id}", id).then().body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("MOVED")).body("movedTo", equalTo(moved))
                .body("days.status", everyItem(equalTo("CANCELLED")));
        TestKafka.await("leadership.registrations.v1", r -> one.toString().equals(r.key()),
                l -> l.stream().anyMatch(r -> r.value().contains("enrolment.moved") && r.value().contains(moved)),
                Duration.ofSeconds(30));
        // the municipality's change feed tells the move from a day cancelled on its own
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> changesOf(hr, id)
                .contains("enrolment-moved"));
        List<String> ofOld = changesOf(hr, id);
        assertTrue(ofOld.equals(List.of("enrolment-confirmed", "confirmed", "confirmed", "enrolment-moved", "cancelled",
                "cancelled")), ofOld.toString());
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> changesOf(hr, moved)
                .equals(List.of("enrolment-confirmed", "confirmed", "confirmed")));
        problem(as(hr).body(Map.of("cohortId", UUID.randomUUID().toString())).post("/api/v1/enrolments/{id}/move", moved)
                .then(), 400).body("violations[0].field", equalTo("cohortId"));
        problem(as(hr).body(Map.of("cohortId", two.toString())).post("/api/v1/enrolments/{id}/move", id).then(), 409)
                .body("type", containsString("enrolment-cancelled"));
    }

    /** The changes of one enrolment (its own and its days') in the municipality's feed, in feed order. */
    private static List<String> changesOf(String token, String enrolment) {
        List<String> changes = new java.util.ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            var page = (cursor == null ? as(token) : as(token).queryParam("cursor", cursor)).queryParam("limit", 1000)
                    .get("/api/v1/municipalities/{code}/changes", SANDVIKEN).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            items.stream().filter(i -> enrolment.equals(i.get("enrolmentId"))).forEach(i -> changes.add((String) i.get("change")));
            cursor = page.getString("cursor");
            more = page.getBoolean("more");
        }
        return changes;
    }

    @Test
    void enrolmentsAreTheirMunicipalitysAndTheirOrganisersOnly() throws Exception {
        Programme p = Programme.fresh();
        UUID cohort = UUID.randomUUID();
        p.cohort(cohort, 5, 1);
        String id = enrol(TestTokens.municipality(SANDVIKEN), cohort, "HR-" + cohort, "Åsa", "Berg", "CONFIRMED");
        String gavle = TestTokens.municipality("2180");
        String stranger = TestTokens.coordinator(UUID.randomUUID());
        problem(as(gavle).body(EventsOnKafka.person(SANDVIKEN, "HR-g-" + cohort, "Eva", "Ek"))
                .post("/api/v1/cohorts/{id}/enrolments", cohort).then(), 403);
        problem(as(stranger).body(EventsOnKafka.person(SANDVIKEN, "HR-s-" + cohort, "Eva", "Ek"))
                .post("/api/v1/cohorts/{id}/enrolments", cohort).then(), 403);
        problem(as(gavle).get("/api/v1/enrolments/{id}", id).then(), 404);
        problem(as(stranger).get("/api/v1/enrolments/{id}", id).then(), 404);
        problem(as(gavle).delete("/api/v1/enrolments/{id}", id).then(), 404);
        problem(as(stranger).body(Map.of("cohortId", cohort.toString())).post("/api/v1/enrolments/{id}/move", id).then(), 404);
        problem(as(gavle).queryParam("municipality", SANDVIKEN).get("/api/v1/cohorts/{id}/enrolments", cohort).then(), 403);
        as(gavle).get("/api/v1/cohorts/{id}/enrolments", cohort).then().statusCode(200).body("items", hasSize(0));
        problem(as(stranger).get("/api/v1/cohorts/{id}/enrolments", cohort).then(), 403);
        problem(as(p.organiser()).get("/api/v1/cohorts/{id}/enrolments", UUID.randomUUID()).then(), 404);
        problem(given().get("/api/v1/enrolments/{id}", id).then(), 401);
        as(p.organiser()).get("/api/v1/enrolments/{id}", id).then().statusCode(200).body("participant.givenName", equalTo("Åsa"));
    }

    @Test
    void badEnrolmentsAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        Programme p = Programme.fresh();
        UUID cohort = UUID.randomUUID();
        p.cohort(cohort, 5, 1);
        String hr = TestTokens.municipality(SANDVIKEN);
        problem(as(hr).body(Map.of()).post("/api/v1/cohorts/{id}/enrolments", cohort).then(), 400)
                .body("violations[0].field", equalTo("participant"));
        problem(as(hr).body(Map.of("participant", Map.of("givenName", "Åsa", "familyName", "Ö", "email", "inte-en-adress",
                "municipalityCode", SANDVIKEN))).post("/api/v1/cohorts/{id}/enrolments", cohort).then(), 400)
                .body("violations.field", hasItem("participant.email"));
        problem(as(hr).body(EventsOnKafka.person("9999", "HR-1", "Åsa", "Ö")).post("/api/v1/cohorts/{id}/enrolments", cohort)
                .then(), 400).body("violations[0].field", containsString("municipalityCode"));
        String id = enrol(hr, cohort, "HR-" + cohort, "Åsa", "Ö", "CONFIRMED");
        problem(as(hr).body(Map.of()).post("/api/v1/enrolments/{id}/move", id).then(), 400)
                .body("violations[0].field", equalTo("cohortId"));
        problem(as(hr).body(Map.of("cohortId", "grupp-2")).post("/api/v1/enrolments/{id}/move", id).then(), 400)
                .body("violations[0].field", containsString("cohortId"));
        problem(as(hr).queryParam("limit", "many").get("/api/v1/cohorts/{id}/enrolments", cohort).then(), 400)
                .body("violations[0].field", equalTo("limit"));
        as(p.organiser()).get("/api/v1/cohorts/{id}/enrolments", cohort).then().statusCode(200).body("items", hasSize(1));
    }
}
