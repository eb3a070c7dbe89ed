package se.rln.participants.rest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;

/**
 * Malmö's HR system sends the same list every night, whatever has happened to the people on it
 * meanwhile: attended, absent, cancelled by the organiser or by themselves, registration closed,
 * the event over. The roster stays idempotent in every state, and after registration closes only
 * removals apply, row by row.
 */
@QuarkusTest
class RosterStatesTest {

    private static final String MALMO = "1280";
    private static final String PATH = "/api/v1/events/{id}/municipalities/1280/roster";

    /** Rows {@code from}..{@code to} (inclusive) of one night's list, with HR ids unique to the test. */
    private static String list(String tag, int from, int to) {
        StringBuilder csv = new StringBuilder("\uFEFFexternalId;givenName;familyName;email;title;managerLevel\r\n");
        for (int i = from; i <= to; i++) {
            csv.append("HR-").append(tag).append('-').append(i).append(";Åsa;Öberg").append(i).append(';')
                    .append("asa.oberg.").append(tag).append('.').append(i).append("@malmo.se;Enhetschef;FIRST_LINE\r\n");
        }
        return csv.toString();
    }

    private static JsonPath sync(UUID event, String csv) {
        return as(TestTokens.municipality(MALMO)).contentType("text/csv")
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)).put(PATH, event).then().statusCode(200)
                .extract().jsonPath();
    }

    /** A published event of its own host, Malmö's first night's list of three on it, and the registrations. */
    private record Night(UUID host, UUID event, String coordinator, String tag, List<String> registrations) {
        static Night first() throws Exception {
            UUID host = UUID.randomUUID();
            UUID event = UUID.randomUUID();
            String coordinator = TestTokens.coordinator(host);
            String tag = Long.toHexString(System.nanoTime());
            EventsOnKafka.published(event, host, 10, Map.of(), coordinator);
            JsonPath first = sync(event, list(tag, 1, 3));
            summary(first, 3, 0, 0, 0);
            return new Night(host, event, coordinator, tag, first.getList("rows.registrationId"));
        }
    }

    private static void summary(JsonPath result, int added, int updated, int unchanged, int cancelled) {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(added, updated, unchanged, cancelled),
                List.of(result.getInt("summary.added"), result.getInt("summary.updated"), result.getInt("summary.unchanged"),
                        result.getInt("summary.cancelled")), result.prettify());
    }

    @Test
    void attendedAndAbsentPeopleStayUnchangedAndAfterTheStartOnlyRemovalsApply() throws Exception {
        Night night = Night.first();
        UUID host = night.host();
        UUID event = night.event();
        String coordinator = night.coordinator();
        String tag = night.tag();
        List<String> ids = night.registrations();

        // the day begins: no close date, so registration closed at the start
        OffsetDateTime start = OffsetDateTime.now().minusHours(1);
        EventsOnKafka.publish(event, host, null, 2, "PUBLISHED", 10, Map.of(), start, start.plusHours(7));
        Awaitility.await("the event has started").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> as(coordinator).body(Map.of("attended", true))
                        .put("/api/v1/registrations/{id}/attendance", ids.get(0)).statusCode() == 200);
        as(coordinator).body(Map.of("attended", false)).put("/api/v1/registrations/{id}/attendance", ids.get(1)).then()
                .statusCode(200);

        // the same list again: nobody is added again, nothing changes, nothing fails
        JsonPath again = sync(event, list(tag, 1, 3));
        summary(again, 0, 0, 3, 0);
        again.getList("rows.result").forEach(r -> org.junit.jupiter.api.Assertions.assertEquals("UNCHANGED", r));
        org.junit.jupiter.api.Assertions.assertEquals(List.of("ATTENDED", "NO_SHOW", "CONFIRMED"),
                again.getList("rows.status"));
        as(TestTokens.municipality(MALMO)).get(PATH, event).then().statusCode(200).body("$", hasSize(3))
                .body("status", containsInAnyOrder("ATTENDED", "NO_SHOW", "CONFIRMED"));

        // someone new on the list: not added, and the row says why; the others as they were
        JsonPath withNew = sync(event, list(tag, 1, 4));
        summary(withNew, 0, 0, 3, 0);
        org.junit.jupiter.api.Assertions.assertEquals("REGISTRATION_CLOSED", withNew.getString("rows[3].result"));
        org.junit.jupiter.api.Assertions.assertNull(withNew.get("rows[3].registrationId"));

        // someone left off the list: removals still apply
        JsonPath removal = sync(event, list(tag, 1, 2));
        summary(removal, 0, 0, 2, 1);
        org.junit.jupiter.api.Assertions.assertEquals(ids.get(2), removal.getString("cancelled[0].registrationId"));

        // the day is over (the replica may still see it running: the answer is the same either way):
        // the unchanged list answers 200 with no change at all
        OffsetDateTime past = OffsetDateTime.now().minusHours(10);
        EventsOnKafka.publish(event, host, null, 3, "PUBLISHED", 10, Map.of(), past, past.plusHours(7));
        summary(sync(event, list(tag, 1, 2)), 0, 0, 2, 0);
    }

    @Test
    void aCancellationByTheOrganiserOrByThePersonStandsAgainstTheNextNight() throws Exception {
        Night first = Night.first();
        UUID event = first.event();
        String coordinator = first.coordinator();
        String tag = first.tag();
        List<String> ids = first.registrations();
        String second = as(TestTokens.municipality(MALMO)).get("/api/v1/registrations/{id}", ids.get(1)).then()
                .statusCode(200).extract().path("participant.id");

        as(coordinator).delete("/api/v1/registrations/{id}", ids.get(0)).then().statusCode(200);
        as(TestTokens.participant(UUID.fromString(second), MALMO)).delete("/api/v1/registrations/{id}", ids.get(1))
                .then().statusCode(200);

        JsonPath night = sync(event, list(tag, 1, 3));
        summary(night, 0, 0, 3, 0);
        org.junit.jupiter.api.Assertions.assertEquals(List.of("CANCELLED", "CANCELLED", "CONFIRMED"),
                night.getList("rows.status"));
        as(coordinator).get("/api/v1/events/{id}/registrations?status=CONFIRMED", event).then().statusCode(200)
                .body("items", hasSize(1));
        as(TestTokens.municipality(MALMO)).get(PATH, event).then().body("status", containsInAnyOrder("CANCELLED",
                "CANCELLED", "CONFIRMED"));

        // the municipality's own removal does not stand: the person left off and put back is registered again
        summary(sync(event, list(tag, 1, 2)), 0, 0, 2, 1);
        JsonPath back = sync(event, list(tag, 1, 3));
        summary(back, 1, 0, 2, 0);
        org.junit.jupiter.api.Assertions.assertEquals("ADDED", back.getString("rows[2].result"));
        as(TestTokens.municipality(MALMO)).get("/api/v1/registrations/{id}", back.getString("rows[2].registrationId"))
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("participant.externalId",
                        equalTo("HR-" + tag + "-3"));
        as(TestTokens.municipality(MALMO)).get("/api/v1/registrations/{id}", ids.get(0)).then()
                .body("status", equalTo("CANCELLED"));
    }
}
