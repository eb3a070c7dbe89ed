package se.rln.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.rln.events.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;
import se.rln.events.Fixtures;

/** Organisation and programme CRUD, their bad input and their guards. */
@QuarkusTest
class OrganisationAndProgrammeTest {

    private static ValidatableResponse problem(ValidatableResponse r, int status) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status));
    }

    @Test
    void anOrganisationIsCreatedReadUpdatedAndDeleted() {
        String admin = TestTokens.admin();
        String name = Fixtures.unique("Höganäs kommun");
        String id = as(admin).body(Map.of("name", name, "kind", "MUNICIPALITY", "municipalityCode", "1284"))
                .post("/api/v1/organisations").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/organisations/"))
                .body("municipalityName", equalTo("Höganäs")).body("countyCode", equalTo("12"))
                .extract().path("id");
        given().get("/api/v1/organisations/{id}", id).then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo(name));
        as(TestTokens.coordinator(UUID.fromString(id))).header("If-Match", "\"0\"")
                .body(Map.of("name", name, "kind", "MUNICIPALITY", "municipalityCode", "1284",
                        "website", "https://www.hoganas.se"))
                .put("/api/v1/organisations/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("website", equalTo("https://www.hoganas.se"));
        given().queryParam("q", name.substring(name.length() - 8)).get("/api/v1/organisations").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].id", equalTo(id));
        as(admin).delete("/api/v1/organisations/{id}", id).then().statusCode(204);
        problem(given().get("/api/v1/organisations/{id}", id).then(), 404);
    }

    @Test
    void organisationBadInputIsNamed() {
        String admin = TestTokens.admin();
        problem(as(admin).body(Map.of("name", "Ystad", "kind", "MUNICIPALITY")).post("/api/v1/organisations").then(), 400)
                .body("violations[0].field", equalTo("municipalityCode"))
                .body("violations[0].message", equalTo("is required for a MUNICIPALITY"));
        problem(as(admin).body(Map.of("name", "Ystad", "kind", "MUNICIPALITY", "municipalityCode", "1299"))
                .post("/api/v1/organisations").then(), 400)
                .body("violations[0].message", equalTo("unknown municipality code 1299"));
        problem(as(admin).body(Map.of("name", "Ystad", "kind", "TOWN")).post("/api/v1/organisations").then(), 400)
                .body("violations[0].field", equalTo("kind"));
        problem(as(admin).body(Map.of("name", " ", "kind", "REGION", "website", "ftp://x")).post("/api/v1/organisations")
                .then(), 400).body("violations.field", equalTo(java.util.List.of("name", "website")));
        String name = Fixtures.unique("Region Skåne");
        as(admin).body(Map.of("name", name, "kind", "REGION", "countyCode", "12")).post("/api/v1/organisations")
                .then().statusCode(201);
        problem(as(admin).body(Map.of("name", name.toUpperCase(), "kind", "REGION")).post("/api/v1/organisations")
                .then(), 409).body("type", equalTo("urn:rln:problem:organisation-exists"));
        problem(given().queryParam("kind", "TOWN").get("/api/v1/organisations").then(), 400)
                .body("violations[0].field", equalTo("kind"));
        problem(as(admin).body(Map.of("name", "X", "kind", "REGION")).put("/api/v1/organisations/{id}", UUID.randomUUID())
                .then(), 428);
        problem(as(admin).delete("/api/v1/organisations/{id}", UUID.randomUUID()).then(), 404);
        Fixtures.Organisers o = Fixtures.organisers();
        Fixtures.draftSkaneDay(o);
        problem(as(admin).delete("/api/v1/organisations/{id}", o.coHost()).then(), 409)
                .body("type", equalTo("urn:rln:problem:organisation-in-use"));
    }

    @Test
    void programmesAreManagedByTheirOwnerAndListTheirEvents() {
        Fixtures.Organisers o = Fixtures.organisers();
        String id = as(o.hostToken()).body(Map.of("title", "Salutogent ledarskap 2014/15", "audience", "Alla chefer",
                "ownerOrganisationId", o.host().toString())).post("/api/v1/programmes").then().statusCode(201)
                .extract().path("id");
        as(o.hostToken()).header("If-Match", "\"0\"").body(Map.of("title", "Salutogent ledarskap 2015/16",
                "ownerOrganisationId", o.host().toString())).put("/api/v1/programmes/{id}", id).then().statusCode(200)
                .body("title", equalTo("Salutogent ledarskap 2015/16")).body("audience", nullValue());
        Map<String, Object> day = Fixtures.skaneDay(o.host(), o.coHost());
        day.put("programmeId", id);
        String event = Fixtures.createEvent(o.hostToken(), day).then().statusCode(201).extract().path("id");
        given().queryParam("programme", id).get("/api/v1/events").then().statusCode(200).body("items", hasSize(0));
        as(o.hostToken()).queryParam("programme", id).get("/api/v1/events").then().body("items[0].id", equalTo(event));
        problem(as(o.hostToken()).delete("/api/v1/programmes/{id}", id).then(), 409)
                .body("type", equalTo("urn:rln:problem:programme-in-use"));
        given().queryParam("organiser", o.host().toString()).get("/api/v1/programmes").then().statusCode(200)
                .body("items[0].id", equalTo(id));
    }

    @Test
    void programmeBadInputIsNamed() {
        Fixtures.Organisers o = Fixtures.organisers();
        problem(as(o.hostToken()).body(Map.of("ownerOrganisationId", o.host().toString())).post("/api/v1/programmes")
                .then(), 400).body("violations[0].field", equalTo("title"));
        problem(as(TestTokens.admin()).body(Map.of("title", "T", "ownerOrganisationId", UUID.randomUUID().toString()))
                .post("/api/v1/programmes").then(), 400).body("violations[0].field", equalTo("ownerOrganisationId"));
        problem(as(o.hostToken()).body(Map.of("title", "T", "ownerOrganisationId", "FSS")).post("/api/v1/programmes")
                .then(), 400).body("violations[0].field", equalTo("ownerOrganisationId"))
                .body("violations[0].message", equalTo("cannot read \"FSS\" as a UUID"));
        problem(given().queryParam("organiser", "x").get("/api/v1/programmes").then(), 400);
        problem(given().get("/api/v1/programmes/{id}", UUID.randomUUID()).then(), 404);
        problem(given().get("/api/v1/programmes/{id}/calendar.ics", UUID.randomUUID()).then(), 404);
        problem(as(o.hostToken()).delete("/api/v1/programmes/{id}", UUID.randomUUID()).then(), 404);
        Map<String, Object> body = new HashMap<>(Map.of("title", "T", "ownerOrganisationId", o.host().toString()));
        problem(as(o.hostToken()).body(body).put("/api/v1/programmes/{id}", UUID.randomUUID()).then(), 428);
    }

    @Test
    void listsArePagedWithACursor() {
        Fixtures.Organisers o = Fixtures.organisers();
        for (int i = 0; i < 5; i++) {
            Fixtures.draftSkaneDay(o);
        }
        var first = as(o.hostToken()).queryParam("organiser", o.host().toString()).queryParam("limit", "2")
                .get("/api/v1/events").then().statusCode(200).body("items", hasSize(2))
                .body("nextCursor", notNullValue()).extract();
        String cursor = first.path("nextCursor");
        var second = as(o.hostToken()).queryParam("organiser", o.host().toString()).queryParam("limit", "2")
                .queryParam("cursor", cursor).get("/api/v1/events").then().statusCode(200).body("items", hasSize(2))
                .extract();
        String third = second.path("nextCursor");
        as(o.hostToken()).queryParam("organiser", o.host().toString()).queryParam("limit", "2")
                .queryParam("cursor", third).get("/api/v1/events").then().statusCode(200).body("items", hasSize(1))
                .body("nextCursor", nullValue());
        java.util.List<String> a = first.path("items.id");
        java.util.List<String> b = second.path("items.id");
        org.junit.jupiter.api.Assertions.assertTrue(java.util.Collections.disjoint(a, b), "pages do not overlap");
    }
}
