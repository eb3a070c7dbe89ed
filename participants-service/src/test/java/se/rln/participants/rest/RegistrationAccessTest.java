package se.rln.participants.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;

/** A municipality never sees or touches another's people; coordinators only their events'. */
@QuarkusTest
class RegistrationAccessTest {

    @Test
    void municipalitiesSeeAndChangeOnlyTheirOwnPeople() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        EventsOnKafka.published(event, host, 60, Map.of("1280", 10), coordinator);
        String malmo = TestTokens.municipality("1280");
        String lund = TestTokens.municipality("1281");

        String malmoRegistration = as(malmo).body(EventsOnKafka.person("1280", "M-1", "Åsa", "Öberg"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("source", equalTo("MUNICIPAL_SYNC"))
                .body("participant.familyName", equalTo("Öberg")).extract().path("id");
        as(lund).body(EventsOnKafka.person("1281", "L-1", "Lars", "Ängström"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201);

        as(lund).body(EventsOnKafka.person("1280", "M-2", "Eva", "Malm"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(403)
                .contentType("application/problem+json");
        as(lund).get("/api/v1/registrations/{id}", malmoRegistration).then().statusCode(404)
                .body("detail", equalTo("registration " + malmoRegistration + " does not exist"));
        as(lund).delete("/api/v1/registrations/{id}", malmoRegistration).then().statusCode(404);
        as(lund).get("/api/v1/events/{id}/registrations", event).then().statusCode(200)
                .body("items", hasSize(1)).body("items.municipalityCode", everyItem(equalTo("1281")));
        as(lund).queryParam("municipality", "1280").get("/api/v1/events/{id}/registrations", event).then()
                .statusCode(403);

        String stranger = TestTokens.coordinator(UUID.randomUUID());
        as(stranger).get("/api/v1/registrations/{id}", malmoRegistration).then().statusCode(404);
        as(stranger).get("/api/v1/events/{id}/registrations", event).then().statusCode(403);
        as(stranger).body(EventsOnKafka.person("1280", "M-3", "Per", "Persson"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(403);
        as(TestTokens.facilitator()).get("/api/v1/registrations/{id}", malmoRegistration).then().statusCode(403);
        given().get("/api/v1/registrations/{id}", malmoRegistration).then().statusCode(401)
                .contentType("application/problem+json");

        as(coordinator).get("/api/v1/events/{id}/registrations", event).then().statusCode(200).body("items", hasSize(2));
        as(malmo).delete("/api/v1/registrations/{id}", malmoRegistration).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        as(malmo).delete("/api/v1/registrations/{id}", malmoRegistration).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
    }

    @Test
    void aDraftEventDoesNotExistForMunicipalities() throws Exception {
        UUID host = UUID.randomUUID();
        UUID event = UUID.randomUUID();
        EventsOnKafka.publish(event, host, 1, "DRAFT", 60, Map.of());
        String coordinator = TestTokens.coordinator(host);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() ->
                as(coordinator).get("/api/v1/events/{id}/registrations", event).statusCode() == 200);
        as(TestTokens.municipality("1280")).get("/api/v1/events/{id}/registrations", event).then().statusCode(404);
        as(TestTokens.municipality("1280")).body(EventsOnKafka.person("1280", "M-1", "Åsa", "Öberg"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(404);
        as(coordinator).body(EventsOnKafka.person("1280", "M-1", "Åsa", "Öberg"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(409)
                .body("type", equalTo("urn:rln:problem:registration-closed"));
    }
}
