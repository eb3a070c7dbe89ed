package se.rln.participants.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.participants.EventsOnKafka;

/**
 * Municipalities own their people: a coordinator of any organisation cannot pull another
 * municipality's person into their event to overwrite them or to reach their data, and the
 * roster (the municipality's whole list) is the municipality's alone.
 */
@QuarkusTest
class PeopleOwnershipTest {

    private static final String MALMO = "1280";

    /** Malmö's HR system registers one of its managers on a Skåne-region event of its own choosing. */
    private static Map<String, Object> malmoPerson(UUID event, String family) {
        var person = EventsOnKafka.person(MALMO, "HR-" + family, "Annika", family);
        var registration = as(TestTokens.municipality(MALMO)).body(person).post("/api/v1/events/{id}/registrations", event)
                .then().statusCode(201).extract();
        return Map.of("id", registration.path("participant.id"), "email",
                ((Map<?, ?>) person.get("participant")).get("email"), "hr", "HR-" + family);
    }

    @Test
    void aCoordinatorRegisteringAnExistingPersonChangesNothingOfThemAndSeesNoMoreThanTheRegistration() throws Exception {
        UUID malmoEvent = UUID.randomUUID();
        UUID malmoHost = UUID.randomUUID();
        EventsOnKafka.published(malmoEvent, malmoHost, 10, Map.of(), TestTokens.coordinator(malmoHost));
        String family = "Lindqvist" + Long.toHexString(System.nanoTime());
        Map<String, Object> annika = malmoPerson(malmoEvent, family);

        // another organisation's coordinator, on their own event, matched by the e-mail (in another case)
        UUID intruderOrg = UUID.randomUUID();
        String intruder = TestTokens.coordinator(intruderOrg);
        UUID ownEvent = UUID.randomUUID();
        EventsOnKafka.published(ownEvent, intruderOrg, 10, Map.of(), intruder);
        Map<String, Object> overwrite = new HashMap<>(Map.of("givenName", "Falsk", "familyName", "Person",
                "email", ((String) annika.get("email")).toUpperCase(java.util.Locale.ROOT), "title", "Inget",
                "managerLevel", "EXECUTIVE", "municipalityCode", MALMO));
        String registration = as(intruder).body(Map.of("participant", overwrite))
                .post("/api/v1/events/{id}/registrations", ownEvent).then().statusCode(201)
                .body("participant.familyName", equalTo(family)).body("participant.externalId", nullValue())
                .extract().path("id");

        // the person is as Malmö has them
        as(TestTokens.municipality(MALMO)).get("/api/v1/participants/{id}", annika.get("id")).then().statusCode(200)
                .body("givenName", equalTo("Annika")).body("familyName", equalTo(family))
                .body("title", equalTo("Enhetschef")).body("externalId", equalTo(annika.get("hr")));
        // being the organiser of an event the person is on opens nothing of the person
        for (String path : List.of("/api/v1/participants/{id}", "/api/v1/participants/{id}/export")) {
            as(intruder).get(path, annika.get("id")).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", equalTo("participant " + annika.get("id") + " does not exist"));
        }
        as(intruder).get("/api/v1/registrations/{id}", registration).then().statusCode(200)
                .body("participant.externalId", nullValue());
        as(intruder).delete("/api/v1/registrations/{id}", registration).then().statusCode(200);
        as(intruder).get("/api/v1/participants/{id}/export", annika.get("id")).then().statusCode(404);
        // the other organiser's registration of her stays invisible to the intruder
        as(intruder).get("/api/v1/events/{id}/registrations", malmoEvent).then().statusCode(403);
        // her municipality's export holds both registrations
        as(TestTokens.municipality(MALMO)).get("/api/v1/participants/{id}/export", annika.get("id")).then()
                .statusCode(200).body("registrations", hasSize(2));
    }

    @Test
    void aCoordinatorRegistersOnlyPeopleOfMunicipalitiesTheEventIsOpenTo() throws Exception {
        UUID host = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        UUID event = UUID.randomUUID();
        // a Skåne-region (12) event that allots seats to Sandviken (2181)
        EventsOnKafka.published(event, host, 10, Map.of("2181", 2), coordinator);
        as(coordinator).body(EventsOnKafka.person("1281", "L-1", "Linnea", "Lund"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201);
        as(coordinator).body(EventsOnKafka.person("2181", "S-1", "Sune", "Sandberg"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201);
        as(coordinator).body(EventsOnKafka.person("0180", "ST-1", "Stina", "Stockholm"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:rln:problem:forbidden"))
                .body("detail", equalTo("event " + event + " is not open to municipality 0180: it is for region 12 and "
                        + "allots that municipality no seats"));
        // Stockholm's own HR system decides about its own people
        as(TestTokens.municipality("0180")).body(EventsOnKafka.person("0180", "ST-1", "Stina", "Stockholm"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201);
        // an unknown municipality is bad input, for a coordinator too (before any decision of access)
        as(coordinator).body(EventsOnKafka.person("0000", "X-1", "Xe", "Ex"))
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(400)
                .body("violations[0].field", equalTo("participant.municipalityCode"));
    }

    @Test
    void onlyTheMunicipalitySyncsItsRosterAndADryRunRevealsNoHrIdToOthers() throws Exception {
        UUID host = UUID.randomUUID();
        String coordinator = TestTokens.coordinator(host);
        UUID event = UUID.randomUUID();
        EventsOnKafka.published(event, host, 10, Map.of(), coordinator);
        String path = "/api/v1/events/{id}/municipalities/1280/roster";
        as(TestTokens.municipality(MALMO)).contentType("text/csv").body(RosterSyncTest.csv(2, 0)).put(path, event).then()
                .statusCode(200);
        String guessed = "\uFEFFexternalId;givenName;familyName;email;title;managerLevel\r\nHR-X;Gissad;Person;chef0@malmo.se;Enhetschef;MIDDLE\r\n";
        for (String query : List.of("false", "true")) {
            as(coordinator).contentType("text/csv").queryParam("dryRun", query).body(guessed).put(path, event).then()
                    .statusCode(403).contentType("application/problem+json")
                    .body("detail", equalTo("only municipality 1280 itself syncs its roster; organisers register people one "
                            + "by one"))
                    .body(not(containsString("HR-0")));
        }
        // the organiser reads it (their event), without the municipality's HR ids
        as(coordinator).get(path, event).then().statusCode(200).body("$", hasSize(2))
                .body("participant.externalId", equalTo(java.util.Arrays.asList(null, null)));
        as(TestTokens.municipality(MALMO)).get(path, event).then().statusCode(200)
                .body("participant.externalId", org.hamcrest.Matchers.containsInAnyOrder("HR-0", "HR-1"));
    }
}
