package se.rln.participants.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;

/** Bad input on the registration endpoints: problem+json naming the field. */
@QuarkusTest
class RegistrationBadInputTest {

    @Test
    void invalidPeopleAreNamedField() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.published(event, host, 60, Map.of(), coordinator);
        Map<String, Object> person = new HashMap<>(Map.of("givenName", "Åsa", "familyName", "", "email", "inte-en-adress",
                "municipalityCode", "12800"));
        as(coordinator).body(Map.of("participant", person)).post("/api/v1/events/{id}/registrations", event).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("participant.familyName"))
                .body("violations.field", hasItem("participant.email"))
                .body("violations.field", hasItem("participant.municipalityCode"));
        person = new HashMap<>(Map.of("givenName", "Åsa", "familyName", "Öberg", "email", "asa@example.se",
                "municipalityCode", "9999"));
        as(coordinator).body(Map.of("participant", person)).post("/api/v1/events/{id}/registrations", event).then()
                .statusCode(400).body("violations[0].field", equalTo("participant.municipalityCode"))
                .body("violations[0].message", equalTo("unknown municipality code 9999"));
        person.put("municipalityCode", "1280");
        person.put("personnummer", "19700101-1234");
        as(coordinator).body(Map.of("participant", person)).post("/api/v1/events/{id}/registrations", event).then()
                .statusCode(400).body("violations[0].field", equalTo("participant.personnummer"))
                .body("violations[0].message", equalTo("unknown property"));
        person.remove("personnummer");
        person.put("managerLevel", "BOSS");
        as(coordinator).body(Map.of("participant", person)).post("/api/v1/events/{id}/registrations", event).then()
                .statusCode(400).body("violations[0].field", equalTo("participant.managerLevel"));
        as(coordinator).body("{}").post("/api/v1/events/{id}/registrations", event).then().statusCode(400)
                .body("violations[0].field", equalTo("participant"));
    }

    @Test
    void unknownEventsRegistrationsAndFiltersAreClearProblems() throws Exception {
        String coordinator = TestTokens.admin();
        as(coordinator).body(EventsOnKafka.person("1280", "M-1", "Åsa", "Öberg"))
                .post("/api/v1/events/{id}/registrations", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as(coordinator).get("/api/v1/registrations/{id}", UUID.randomUUID()).then().statusCode(404);
        as(coordinator).delete("/api/v1/registrations/{id}", UUID.randomUUID()).then().statusCode(404);
        as(coordinator).get("/api/v1/registrations/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        EventsOnKafka.published(event, host, 5, Map.of(), TestTokens.coordinator(host));
        as(coordinator).queryParam("status", "MAYBE").get("/api/v1/events/{id}/registrations", event).then()
                .statusCode(400).body("violations[0].field", equalTo("status"));
        as(coordinator).queryParam("limit", "1000").get("/api/v1/events/{id}/registrations", event).then()
                .statusCode(400).body("violations[0].field", equalTo("limit"));
        // well-formed, but its time is none: registrations sort by the time they were made
        String badTime = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("igår kl. 9\u001f" + java.util.UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        as(coordinator).queryParam("cursor", badTime).get("/api/v1/events/{id}/registrations", event).then()
                .statusCode(400).contentType("application/problem+json").body("violations[0].field", equalTo("cursor"))
                .body("violations[0].message", equalTo("is not a cursor this list issued"));
        as(coordinator).queryParam("municipality", "Malmö").get("/api/v1/events/{id}/registrations", event).then()
                .statusCode(400).body("violations[0].field", equalTo("municipality"));
    }
}
