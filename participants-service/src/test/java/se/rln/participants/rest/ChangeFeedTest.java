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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;
import se.rln.participants.model.FeedPosition;

/** A municipality pulls what changed for its people since its last cursor. */
@QuarkusTest
class ChangeFeedTest {

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

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
        String future = new FeedPosition(999_999_999L, 999_999_999L).cursor();
        as(ystad).queryParam("cursor", future).get("/api/v1/municipalities/1286/changes").then().statusCode(410)
                .body("detail", org.hamcrest.Matchers.startsWith("this cursor was not issued by this feed"));
        String firstVersion = Base64.getUrlEncoder().withoutPadding().encodeToString("c1:0".getBytes(StandardCharsets.UTF_8));
        as(ystad).queryParam("cursor", firstVersion).get("/api/v1/municipalities/1286/changes").then().statusCode(410);
        String old = FeedPosition.START.cursor();
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

    /**
     * Two registrations of one municipality's people on different events commit in the opposite
     * order of their seqs, and the municipality reads its feed between the two commits. It must
     * still get both changes, each once: no position it was given may be passed by a later commit.
     */
    @Test
    void aChangeCommittedAfterAReadWithAHigherSeqIsNotSkipped() throws Exception {
        String lund = TestTokens.municipality("1281");
        String cursor = as(lund).get("/api/v1/municipalities/1281/changes").then().statusCode(200).extract().path("cursor");
        UUID early = person("L-early", "Örjan");
        UUID late = person("L-late", "Åsa");
        try (Connection slow = dataSource.getConnection(); Connection quick = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            quick.setAutoCommit(false);
            change(slow, early); // takes the lower seq, commits last
            change(quick, late);
            quick.commit();

            List<String> seen = new ArrayList<>();
            var between = as(lund).queryParam("cursor", cursor).get("/api/v1/municipalities/1281/changes").then()
                    .statusCode(200).extract();
            seen.addAll(between.path("items.participantId"));
            cursor = between.path("cursor");

            slow.commit();
            var after = as(lund).queryParam("cursor", cursor).get("/api/v1/municipalities/1281/changes").then()
                    .statusCode(200).extract();
            seen.addAll(after.path("items.participantId"));
            assertEquals(List.of(early.toString(), late.toString()), seen, "every committed change exactly once, in feed order");
        }
    }

    private UUID person(String externalId, String givenName) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO participant (id, municipality_code, external_id, given_name, family_name, email,
                                         last_activity_at, version, created_at)
                VALUES (?, '1281', ?, ?, 'Lundqvist', ?, now(), 0, now())""")) {
            s.setObject(1, id);
            s.setString(2, externalId + "-" + id);
            s.setString(3, givenName);
            s.setString(4, id + "@lund.example");
            s.executeUpdate();
        }
        return id;
    }

    private static void change(Connection c, UUID participant) throws Exception {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO registration_change (municipality_code, event_id, registration_id, participant_id, change, status)
                VALUES ('1281', ?, ?, ?, 'confirmed', 'CONFIRMED')""")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, UUID.randomUUID());
            s.setObject(3, participant);
            s.executeUpdate();
        }
    }

    @Transactional
    void moveHorizon(long seq) {
        em.createNativeQuery("UPDATE change_feed_horizon SET tx = '0', seq = ?1").setParameter(1, seq).executeUpdate();
    }
}
