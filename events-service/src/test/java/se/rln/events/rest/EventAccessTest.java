package se.rln.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.rln.events.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.events.Fixtures;

/** Who may see and change an event: checked on every id-taking endpoint. */
@QuarkusTest
class EventAccessTest {

    @Test
    void aDraftDoesNotExistForAnyoneButItsOrganisers() {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID id = Fixtures.draftSkaneDay(o);
        String stranger = TestTokens.coordinator(Fixtures.organisation("Region Halland", "REGION", null));
        for (String path : new String[] { "/api/v1/events/{id}", "/api/v1/events/{id}/sessions",
                "/api/v1/events/{id}/calendar.ics" }) {
            given().get(path, id).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("event " + id + " does not exist"));
            as(stranger).get(path, id).then().statusCode(404);
            as(TestTokens.municipality("1280")).get(path, id).then().statusCode(404);
            as(o.coHostToken()).get(path, id).then().statusCode(200);
        }
        as(TestTokens.admin()).get("/api/v1/events/{id}", id).then().statusCode(200);
        given().queryParam("limit", "100").queryParam("organiser", o.host().toString()).get("/api/v1/events").then()
                .statusCode(200).body("items.id", not(hasItem(id.toString())));
        as(o.hostToken()).queryParam("organiser", o.host().toString()).get("/api/v1/events").then()
                .statusCode(200).body("items.id", hasItem(id.toString()));
    }

    @Test
    void aCoordinatorOfAnotherOrganisationCannotChangeAPublishedEvent() {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID id = Fixtures.draftSkaneDay(o);
        UUID sessionId = UUID.fromString(as(o.hostToken()).body(Fixtures.skaneAgenda().get(0))
                .post("/api/v1/events/{id}/sessions", id).then().statusCode(201).extract().path("id"));
        as(o.hostToken()).post("/api/v1/events/{id}/publish", id).then().statusCode(200);
        String stranger = TestTokens.coordinator(Fixtures.organisation("Region Halland", "REGION", null));

        as(stranger).header("If-Match", "\"2\"").body(Fixtures.skaneDay(o.host(), o.coHost()))
                .put("/api/v1/events/{id}", id).then().statusCode(403).contentType("application/problem+json")
                .body("detail", equalTo("only coordinators of the hosting or co-hosting organisations may change event " + id));
        for (String action : new String[] { "publish", "close-registration", "complete", "cancel" }) {
            as(stranger).post("/api/v1/events/{id}/" + action, id).then().statusCode(403)
                    .body("type", equalTo("urn:rln:problem:forbidden"));
        }
        as(stranger).body(Fixtures.skaneAgenda().get(1)).post("/api/v1/events/{id}/sessions", id).then().statusCode(403);
        as(stranger).header("If-Match", "\"0\"").body(Fixtures.skaneAgenda().get(1))
                .put("/api/v1/events/{id}/sessions/{s}", id, sessionId).then().statusCode(403);
        as(stranger).delete("/api/v1/events/{id}/sessions/{s}", id, sessionId).then().statusCode(403);
        // roles that never change events are refused before the service is asked
        as(TestTokens.municipality("1280")).post("/api/v1/events/{id}/cancel", id).then().statusCode(403)
                .contentType("application/problem+json");
        given().contentType("application/json").post("/api/v1/events/{id}/cancel", id).then().statusCode(401)
                .header("WWW-Authenticate", "Bearer").body("type", equalTo("urn:rln:problem:unauthorized"));
        given().get("/api/v1/events/{id}", id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    @Test
    void aCoordinatorCreatesEventsOnlyForTheirOwnOrganisation() {
        Fixtures.Organisers o = Fixtures.organisers();
        Fixtures.createEvent(o.coHostToken(), Fixtures.skaneDay(o.host(), o.coHost())).then().statusCode(403)
                .body("detail", equalTo("a coordinator may only create events hosted by their own organisation"));
        Fixtures.createEvent(TestTokens.municipality("1280"), Fixtures.skaneDay(o.host(), o.coHost())).then().statusCode(403);
    }

    @Test
    void expiredAndForeignTokensAreRefusedWithAProblem() throws Exception {
        for (String token : new String[] { TestTokens.expired(), TestTokens.foreign(), "not-a-jwt" }) {
            as(token).get("/api/v1/events").then().statusCode(401).contentType("application/problem+json")
                    .body("title", equalTo("Unauthorized"));
        }
    }

    @Test
    void organisationsAndProgrammesAreChangedOnlyByTheirOwners() {
        UUID mine = Fixtures.organisation("Sandvikens kommun", "MUNICIPALITY", "2181");
        UUID theirs = Fixtures.organisation("Botkyrka kommun", "MUNICIPALITY", "0127");
        String me = TestTokens.coordinator(mine);
        as(me).header("If-Match", "\"0\"").body(Map.of("name", Fixtures.unique("Botkyrka"), "kind", "MUNICIPALITY",
                "municipalityCode", "0127")).put("/api/v1/organisations/{id}", theirs).then().statusCode(403)
                .contentType("application/problem+json");
        as(me).body(Map.of("name", "X", "kind", "REGION")).post("/api/v1/organisations").then().statusCode(403);
        as(me).delete("/api/v1/organisations/{id}", theirs).then().statusCode(403);

        UUID programme = UUID.fromString(as(TestTokens.coordinator(theirs))
                .body(Map.of("title", "Framtidens chefer", "ownerOrganisationId", theirs.toString()))
                .post("/api/v1/programmes").then().statusCode(201).extract().path("id"));
        as(me).header("If-Match", "\"0\"").body(Map.of("title", "Kapad", "ownerOrganisationId", mine.toString()))
                .put("/api/v1/programmes/{id}", programme).then().statusCode(403)
                .body("detail", equalTo("a coordinator may only manage programmes of their own organisation"));
        as(me).delete("/api/v1/programmes/{id}", programme).then().statusCode(403);
        as(me).body(Map.of("title", "Kapad", "ownerOrganisationId", theirs.toString())).post("/api/v1/programmes")
                .then().statusCode(403);
    }

    @Test
    void aCoHostChangesTheDayButNeverWhoOrganisesItNorCancelsIt() {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID id = Fixtures.draftSkaneDay(o);
        String etag = etag(o, id);
        // taking the event: itself as host, no co-hosts
        Map<String, Object> takeover = Fixtures.skaneDay(o.coHost(), o.host());
        takeover.put("coHostOrganisationIds", java.util.List.of());
        as(o.coHostToken()).header("If-Match", etag).body(takeover).put("/api/v1/events/{id}", id).then()
                .statusCode(403).contentType("application/problem+json").body("type", equalTo("urn:rln:problem:forbidden"))
                .body("detail", equalTo("only coordinators of the hosting organisation may change who hosts and co-hosts "
                        + "event " + id));
        // dropping the host's other co-host, or adding one, is the host's too
        Map<String, Object> widened = Fixtures.skaneDay(o.host(), o.coHost());
        widened.put("coHostOrganisationIds", java.util.List.of(o.coHost().toString(),
                Fixtures.organisation("Region Halland", "REGION", null).toString()));
        as(o.coHostToken()).header("If-Match", etag).body(widened).put("/api/v1/events/{id}", id).then()
                .statusCode(403);
        problemFree(o, id);
        org.junit.jupiter.api.Assertions.assertEquals(etag, etag(o, id));
        as(o.hostToken()).get("/api/v1/events/{id}", id).then().statusCode(200)
                .body("hostOrganisationId", equalTo(o.host().toString()));
        // the content is the co-host's to change; the organisers stay as they are
        Map<String, Object> retitled = Fixtures.skaneDay(o.host(), o.coHost());
        retitled.put("title", "Mobilisera för framtiden – andra upplagan");
        as(o.coHostToken()).header("If-Match", etag).body(retitled).put("/api/v1/events/{id}", id).then()
                .statusCode(200).body("title", equalTo("Mobilisera för framtiden – andra upplagan"));
        as(o.coHostToken()).post("/api/v1/events/{id}/cancel", id).then().statusCode(403)
                .body("detail", equalTo("only coordinators of the hosting organisation may cancel event " + id));
        // the host may hand the event over
        Map<String, Object> handover = Fixtures.skaneDay(o.coHost(), o.host());
        as(o.hostToken()).header("If-Match", etag(o, id)).body(handover).put("/api/v1/events/{id}", id).then()
                .statusCode(200).body("hostOrganisationId", equalTo(o.coHost().toString()));
    }

    /** Refusals changed nothing. */
    private static void problemFree(Fixtures.Organisers o, UUID id) {
        as(o.hostToken()).get("/api/v1/events/{id}", id).then().statusCode(200)
                .body("coHostOrganisationIds", equalTo(java.util.List.of(o.coHost().toString())));
    }

    private static String etag(Fixtures.Organisers o, UUID id) {
        return as(o.hostToken()).get("/api/v1/events/{id}", id).then().statusCode(200).extract().header("ETag");
    }
}
