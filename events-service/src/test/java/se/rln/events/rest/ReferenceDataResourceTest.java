package se.rln.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReferenceDataResourceTest {

    @Test
    void countiesAreTheTwentyOneOfScb() {
        given().get("/api/v1/counties").then().statusCode(200)
                .body("$", hasSize(21))
                .body("find { it.code == '12' }.name", equalTo("Skåne län"))
                .body("find { it.code == '12' }.municipalityCount", equalTo(33));
    }

    @Test
    void municipalitiesOfSkaneKeepSwedishLetters() {
        given().queryParam("county", "12").get("/api/v1/municipalities").then().statusCode(200)
                .body("$", hasSize(33))
                .body("name", hasItem("Malmö"))
                .body("name", hasItem("Höganäs"))
                .body("find { it.code == '1280' }.countyName", equalTo("Skåne län"));
        given().get("/api/v1/municipalities").then().statusCode(200).body("$", hasSize(290));
    }

    @Test
    void unknownOrMalformedCountyIsAProblemNamingTheParameter() {
        given().queryParam("county", "99").get("/api/v1/municipalities").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("county"))
                .body("violations[0].message", equalTo("unknown county code 99"));
        given().queryParam("county", "Skåne").get("/api/v1/municipalities").then().statusCode(400)
                .body("violations[0].field", equalTo("county"));
    }
}
