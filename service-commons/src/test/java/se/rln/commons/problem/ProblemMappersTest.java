package se.rln.commons.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of failure a service meets, as its client sees it: RFC 9457 problem+json naming
 * the field and the reason for client mistakes, the right status for concurrency and load, and
 * a 500 that carries the request id and nothing of the failure itself.
 */
@QuarkusTest
class ProblemMappersTest {

    private static final String NOTES = "/fixture/notes";

    private static ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).post(NOTES).then().contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void malformedJsonSaysWhereItBroke() {
        post("{\"text\": \"Skåne\",").statusCode(400).body("type", equalTo("urn:rln:problem:malformed-body"))
                .body("detail", containsString("line 1, column")).body("violations[0].field", equalTo("body"));
    }

    @Test
    void anUnknownPropertyIsNamed() {
        post("{\"text\": \"Malmö\", \"colour\": \"blå\"}").statusCode(400)
                .body("type", equalTo("urn:rln:problem:unknown-property"))
                .body("violations[0].field", equalTo("colour")).body("violations[0].message", equalTo("unknown property"));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsFieldAndTheTypeExpected() {
        post("{\"text\": \"Lund\", \"copies\": \"många\"}").statusCode(400).body("violations[0].field", equalTo("copies"))
                .body("violations[0].message", containsString("många")).body("detail", matchesPattern("copies: .+"));
        post("{\"text\": \"Lund\", \"copies\": [1]}").statusCode(400).body("violations[0].field", equalTo("copies"))
                .body("violations[0].message", containsString("wrong JSON type"));
    }

    @Test
    void aDateThatIsNoDateNamesItsField() {
        post("{\"text\": \"Ystad\", \"day\": \"2026-13-01\"}").statusCode(400).body("violations[0].field", equalTo("day"));
    }

    @Test
    void beanValidationNamesEveryFieldInOrder() {
        post("{\"text\": \" \", \"copies\": 0}").statusCode(400).body("type", equalTo("urn:rln:problem:validation"))
                .body("violations.field", equalTo(List.of("copies", "text"))).body("detail", containsString("copies"));
    }

    @Test
    void aBodyThatIsNotUtf8IsSaidToBeSo() {
        byte[] latin1 = "{\"text\": \"Höör\"}".getBytes(StandardCharsets.ISO_8859_1);
        given().contentType("application/json").body(latin1).post(NOTES).then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE).body("detail", containsString("not valid UTF-8"));
    }

    @Test
    void aConcurrentUpdateIsAPreconditionFailure() {
        given().get(NOTES + "/failures/stale").then().statusCode(412).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:rln:problem:stale-version"));
    }

    @Test
    void aKeyViolatedByAConcurrentRequestIsAConflictToRetry() {
        given().get(NOTES + "/failures/duplicate").then().statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:rln:problem:concurrent-conflict"));
    }

    @Test
    void aBusyServiceSaysWhenToComeBack() {
        given().get(NOTES + "/failures/busy").then().statusCode(503).header("Retry-After", "3")
                .contentType(Problem.MEDIA_TYPE).body("type", equalTo("urn:rln:problem:overloaded"));
    }

    @Test
    void aForbiddenRequestIsA403Problem() {
        given().get(NOTES + "/failures/forbidden").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("urn:rln:problem:forbidden"));
    }

    @Test
    void theUnexpectedIsA500WithTheRequestIdAndNothingOfTheFailure() {
        given().header("X-Request-Id", "mappers-test-1").get(NOTES + "/failures/bug").then().statusCode(500)
                .contentType(Problem.MEDIA_TYPE).body("type", equalTo("urn:rln:problem:internal"))
                .body("requestId", equalTo("mappers-test-1")).body("detail", containsString("mappers-test-1"))
                .body(not(containsString("note_secret"))).body(not(containsString("Exception")))
                .body("violations", nullValue());
    }

    @Test
    void aPathNobodyServesIsA404Problem() {
        given().get("/fixture/nothing-here").then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("detail", equalTo("no resource at /fixture/nothing-here"));
    }
}
