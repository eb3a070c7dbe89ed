package se.rln.events.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.events.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.events.Fixtures;

/** ETag/If-Match on updates and Idempotency-Key on creates. */
@QuarkusTest
class PreconditionsAndIdempotencyTest {

    /** Four retries at once, each on a thread of its own (the common pool may have a single thread on 2 cores). */
    private final ExecutorService callers = Executors.newFixedThreadPool(4);

    @Test
    void aStaleIfMatchIs412AndAMissingOne428() {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID id = Fixtures.draftSkaneDay(o);
        Map<String, Object> body = Fixtures.skaneDay(o.host(), o.coHost());
        body.put("capacity", 80);
        as(o.hostToken()).header("If-Match", "\"0\"").body(body).put("/api/v1/events/{id}", id).then().statusCode(200)
                .header("ETag", "\"1\"").body("capacity", equalTo(80));
        as(o.coHostToken()).header("If-Match", "\"0\"").body(body).put("/api/v1/events/{id}", id).then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", equalTo("If-Match does not match the current version; current ETag is \"1\""));
        as(o.hostToken()).body(body).put("/api/v1/events/{id}", id).then().statusCode(428)
                .body("violations[0].field", equalTo("If-Match"));
        as(o.hostToken()).header("If-Match", "version one").body(body).put("/api/v1/events/{id}", id).then()
                .statusCode(400).body("violations[0].field", equalTo("If-Match"));
        as(o.hostToken()).header("If-Match", "\"0\"").post("/api/v1/events/{id}/publish", id).then().statusCode(412);
    }

    @Test
    void aRepeatedIdempotencyKeyAnswersTheFirstResultEvenConcurrently() {
        Fixtures.Organisers o = Fixtures.organisers();
        Map<String, Object> body = Fixtures.skaneDay(o.host(), o.coHost());
        String key = UUID.randomUUID().toString();
        var requests = IntStream.range(0, 4).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                as(o.hostToken()).header("Idempotency-Key", key).body(body).post("/api/v1/events")
                        .then().statusCode(201).extract().<String>path("id"), callers)).toList();
        var ids = requests.stream().map(CompletableFuture::join).distinct().toList();
        assertEquals(1, ids.size(), "four concurrent retries create one event");
        as(o.hostToken()).header("Idempotency-Key", key).body(body).post("/api/v1/events").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(ids.get(0)));
        body.put("capacity", 61);
        as(o.hostToken()).header("Idempotency-Key", key).body(body).post("/api/v1/events").then().statusCode(422)
                .contentType("application/problem+json").body("violations[0].field", equalTo("Idempotency-Key"));
        as(o.hostToken()).queryParam("organiser", o.host().toString()).queryParam("q", "Mobilisera")
                .get("/api/v1/events").then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void idempotencyKeysAreHonouredForOrganisationsProgrammesAndSessions() {
        String admin = TestTokens.admin();
        String key = UUID.randomUUID().toString();
        Map<String, Object> organisation = Map.of("name", Fixtures.unique("Kungsörs kommun"), "kind", "MUNICIPALITY",
                "municipalityCode", "1960");
        String first = as(admin).header("Idempotency-Key", key).body(organisation).post("/api/v1/organisations")
                .then().statusCode(201).header("Idempotent-Replayed", "false").extract().path("id");
        as(admin).header("Idempotency-Key", key).body(organisation).post("/api/v1/organisations")
                .then().statusCode(201).body("id", equalTo(first)).body("municipalityName", equalTo("Kungsör"));

        Fixtures.Organisers o = Fixtures.organisers();
        Map<String, Object> programme = Map.of("title", "Salutogent ledarskap", "ownerOrganisationId", o.host().toString());
        String p = as(o.hostToken()).header("Idempotency-Key", key).body(programme).post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
        as(o.hostToken()).header("Idempotency-Key", key).body(programme).post("/api/v1/programmes")
                .then().statusCode(201).body("id", equalTo(p));

        UUID event = Fixtures.draftSkaneDay(o);
        Map<String, Object> session = Fixtures.skaneAgenda().get(0);
        String s = as(o.hostToken()).header("Idempotency-Key", key).body(session)
                .post("/api/v1/events/{id}/sessions", event).then().statusCode(201).extract().path("id");
        as(o.hostToken()).header("Idempotency-Key", key).body(session).post("/api/v1/events/{id}/sessions", event)
                .then().statusCode(201).body("id", equalTo(s));
        as(o.hostToken()).get("/api/v1/events/{id}/sessions", event).then().body("size()", equalTo(1));
        as(o.hostToken()).header("Idempotency-Key", "åäö not ascii").body(session)
                .post("/api/v1/events/{id}/sessions", event).then().statusCode(400)
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void sessionUpdatesNeedTheSessionsETag() {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID event = Fixtures.draftSkaneDay(o);
        Map<String, Object> session = Fixtures.skaneAgenda().get(1);
        String s = as(o.hostToken()).body(session).post("/api/v1/events/{id}/sessions", event).then().statusCode(201)
                .header("ETag", "\"0\"").extract().path("id");
        session.put("room", "Sal B");
        as(o.hostToken()).header("If-Match", "\"0\"").body(session).put("/api/v1/events/{id}/sessions/{s}", event, s)
                .then().statusCode(200).header("ETag", "\"1\"").body("room", equalTo("Sal B"));
        as(o.hostToken()).header("If-Match", "\"0\"").body(session).put("/api/v1/events/{id}/sessions/{s}", event, s)
                .then().statusCode(412);
        as(o.hostToken()).header("If-Match", "\"0\"").delete("/api/v1/events/{id}/sessions/{s}", event, s)
                .then().statusCode(412);
        as(o.hostToken()).delete("/api/v1/events/{id}/sessions/{s}", event, s).then().statusCode(204);
        as(o.hostToken()).get("/api/v1/events/{id}/sessions/{s}", event, s).then().statusCode(404)
                .body("detail", equalTo("session " + s + " does not exist"));
    }
}
