package se.rln.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.SseClient;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;

/**
 * What a hostile client tried at the front door: tokens of another audience or without a
 * subject, refusals that cost nothing, made-up methods growing the metrics, one client holding
 * the stream connections, Location headers naming internal addresses, and responses a browser
 * could sniff into HTML.
 */
@QuarkusTest
class EdgeSecurityTest {

    @TestHTTPResource("/")
    URL gateway;

    @ConfigProperty(name = "rln.gateway.public-url")
    String publicUrl;

    @Test
    void tokensOfAnotherAudienceOrWithoutASubjectAreRefusedAtTheEdge() throws Exception {
        String otherAudience = "edge-aud-" + UUID.randomUUID();
        given().header("X-Request-Id", otherAudience).header("Authorization", "Bearer " + TestTokens.otherAudience())
                .get("/api/v1/workshops").then().statusCode(401).contentType("application/problem+json")
                .body("requestId", equalTo(otherAudience));
        String noSubject = Jwt.issuer(TestTokens.ISSUER).audience(TestTokens.AUDIENCE).groups(Set.of("admin"))
                .claim("preferred_username", "admin").expiresIn(Duration.ofHours(1)).sign("testing/jwt-private.pem");
        given().header("Authorization", "Bearer " + noSubject).get("/api/v1/workshops").then().statusCode(401)
                .body("detail", equalTo("the token carries no 'sub' claim"));
        String log = Files.readString(SuiteBackends.service("scenario").log());
        assertFalse(log.contains(otherAudience), "the refused request reached scenario-service");
        // and the services verify again: straight to scenario-service, the same token is refused
        given().baseUri(SuiteBackends.service("scenario").url()).header("Authorization", "Bearer " + TestTokens.otherAudience())
                .get("/api/v1/workshops").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void refusalsCountAgainstTheRateLimitAndMadeUpMethodsShareOneMetricTag() throws Exception {
        String token = TestTokens.coordinator(UUID.randomUUID());
        HttpClient http = HttpClient.newHttpClient();
        String method = "BREW" + Long.toString(System.nanoTime(), 36).toUpperCase();
        int refused = 0;
        for (int i = 0; i < 400; i++) {
            // half of them to no route at all, half with a method nobody serves
            HttpRequest request = i % 2 == 0
                    ? HttpRequest.newBuilder(URI.create(gateway + "api/v1/nowhere/" + i)).header("Authorization", "Bearer " + token)
                            .GET().build()
                    : HttpRequest.newBuilder(URI.create(gateway + "api/v1/counties")).header("Authorization", "Bearer " + token)
                            .method(method, HttpRequest.BodyPublishers.noBody()).build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            assertTrue(status == 404 || status == 405, "request " + i + ": " + status);
            refused++;
        }
        assertEquals(400, refused);
        given().header("Authorization", "Bearer " + token).get("/api/v1/counties").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue()).contentType("application/problem+json");
        given().get("/q/metrics").then().statusCode(200).body(not(containsString(method)))
                .body(containsString("method=\"OTHER\",route=\"/api/v1/counties\""));
    }

    @Test
    void locationNamesThePublicAddressNeverTheServicesOwn() {
        String location = given().header("Authorization", "Bearer " + TestTokens.admin()).contentType("application/json")
                .body(Map.of("name", "Region Blekinge " + UUID.randomUUID(), "kind", "REGION", "countyCode", "10"))
                .post("/api/v1/organisations").then().statusCode(201).extract().header("Location");
        String backend = SuiteBackends.service("events").url().replaceAll("/$", "");
        assertFalse(location.startsWith(backend), location);
        assertTrue(location.startsWith(publicUrl.replaceAll("/$", "") + "/api/v1/organisations/"), location);
        String direct = given().baseUri(backend).header("Authorization", "Bearer " + TestTokens.admin())
                .contentType("application/json")
                .body(Map.of("name", "Region Kronoberg " + UUID.randomUUID(), "kind", "REGION", "countyCode", "07"))
                .post("/api/v1/organisations").then().statusCode(201).extract().header("Location");
        assertTrue(direct.startsWith(backend), direct);
    }

    @Test
    void everyResponseCarriesNosniffAndAContentSecurityPolicy() {
        for (String path : List.of("/api/v1/counties", "/api/v1/nowhere", "/openapi", "/asyncapi")) {
            given().get(path).then().header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", startsWith("default-src 'none'"));
        }
        given().header("Authorization", "Bearer garbage").get("/api/v1/workshops").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff").header("Content-Security-Policy", startsWith("default-src 'none'"));
        // a proxied answer carries the policy once, not once from the service and once from the gateway
        List<String> policies = given().get("/api/v1/counties").then().extract().headers().getValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        given().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", startsWith("default-src 'self'"));
    }

    @Test
    void streamsHaveAPoolOfTheirOwnAndOneClientHoldsOnlyItsShare() throws Exception {
        String first = TestTokens.facilitator();
        String second = TestTokens.admin();
        String workshop = given().header("Authorization", "Bearer " + first).contentType("application/json")
                .body(Map.of("title", "Strömmarna i porten")).post("/api/v1/workshops").then().statusCode(201)
                .extract().path("id");
        TestKafka.awaitAssignedGroups("scenario-live-", 1, Duration.ofSeconds(60));
        String stream = gateway.toString().replaceAll("/$", "") + "/api/v1/workshops/" + workshop + "/stream";
        List<SseClient> open = new ArrayList<>();
        try {
            // as many streams as the ordinary pool has connections (test profile: 4), two per client
            for (String token : List.of(first, first, second, second)) {
                open.add(SseClient.open(stream, token));
            }
            HttpResponse<java.io.InputStream> third = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(stream))
                    .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + first).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = third.body()) {
                assertEquals(429, third.statusCode(), "a third stream of one client");
                String problem = new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(problem.contains("urn:rln:problem:too-many-streams"), problem);
            }
            // ordinary calls to the same service still find a connection
            Awaitility.await("an ordinary request while four streams are open").atMost(Duration.ofSeconds(5))
                    .until(() -> given().header("Authorization", "Bearer " + first).get("/api/v1/workshops/" + workshop)
                            .then().extract().statusCode() == 200);
            for (int i = 0; i < 8; i++) {
                given().header("Authorization", "Bearer " + first).get("/api/v1/workshops/" + workshop).then().statusCode(200)
                        .body("id", equalTo(workshop));
            }
        } finally {
            for (SseClient c : open) {
                c.close();
            }
        }
    }
}
