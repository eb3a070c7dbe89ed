package se.rln.participants.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;

/** A municipality pulls what changed for its people since its last cursor. */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    EntityManager em;

    @Test
    void promotionsAndCancellationsReachTheirMunicipalitysFeedOnly() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.published(event, host, 1, Map.of(), coordinator);
        String ystad = TestTokens.municipality("1286");
        String cursor = as(ystad).get("/api/v1/municipalities/1286/changes").then().statusCode(200)
                .extract().path("cursor");

        String first = as(ystad).body(EventsOnKafka.person("1286", "Y-1", "Åke", "Sjögren"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201).extract().path("id");
        String second = as(ystad).body(EventsOnKafka.person("1286", "Y-2", "Märta", "Björklund"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201).extract().path("id");
        as(TestTokens.municipality("1287")).body(EventsOnKafka.person("1287", "T-1", "Ola", "Trelleborg"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201);
        as(coordinator).delete("/api/v1/registrations/{id}", first).then().statusCode(200);

        var page = as(ystad).queryParam("cursor", cursor).get("/api/v1/municipalities/1286/changes").then()
                .statusCode(200).body("items", hasSize(4)).body("more", equalTo(false))
                .body("items.change", equalTo(List.of("confirmed", "waitlisted", "cancelled", "promoted")))
                .body("items.externalId", equalTo(List.of("Y-1", "Y-2", "Y-1", "Y-2")))
                .body("items.eventId", everyItem(equalTo(event.toString()))).extract();
        assertEquals(second, page.path("items[3].registrationId"));
        String next = page.path("cursor");
        as(ystad).queryParam("cursor", next).get("/api/v1/municipalities/1286/changes").then().statusCode(200)
                .body("items", hasSize(0)).body("cursor", equalTo(next));
        as(ystad).queryParam("cursor", cursor).queryParam("limit", "3").get("/api/v1/municipalities/1286/changes").then()
                .statusCode(200).body("items", hasSize(3)).body("more", equalTo(true));
    }

    @Test
    void foreignExpiredAndMalformedCursorsAre410AndOtherFeedsForbidden() {
        String ystad = TestTokens.municipality("1286");
        as(ystad).queryParam("cursor", "not-ours").get("/api/v1/municipalities/1286/changes").then().statusCode(410)
                .contentType("application/problem+json").body("type", equalTo("urn:rln:problem:cursor-gone"));
        String future = Base64.getUrlEncoder().withoutPadding().encodeToString("c1:999999999".getBytes(StandardCharsets.UTF_8));
        as(ystad).queryParam("cursor", future).get("/api/v1/municipalities/1286/changes").then().statusCode(410);
        String old = Base64.getUrlEncoder().withoutPadding().encodeToString("c1:0".getBytes(StandardCharsets.UTF_8));
        moveHorizon(1);
        try {
            as(ystad).queryParam("cursor", old).get("/api/v1/municipalities/1286/changes").then().statusCode(410)
                    .body("detail", org.hamcrest.Matchers.startsWith("this cursor has expired; resync"));
        } finally {
            moveHorizon(0);
        }
        as(ystad).get("/api/v1/municipalities/1280/changes").then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.coordinator(UUID.randomUUID())).get("/api/v1/municipalities/1286/changes").then().statusCode(403);
        as(ystad).queryParam("limit", "0").get("/api/v1/municipalities/1286/changes").then().statusCode(400)
                .body("violations[0].field", equalTo("limit"));
        as(ystad).get("/api/v1/municipalities/Ystad/changes").then().statusCode(400)
                .body("violations[0].field", equalTo("code"));
    }

    @Transactional
    void moveHorizon(long seq) {
        em.createNativeQuery("UPDATE change_feed_horizon SET seq = ?1").setParameter(1, seq).executeUpdate();
    }
}
