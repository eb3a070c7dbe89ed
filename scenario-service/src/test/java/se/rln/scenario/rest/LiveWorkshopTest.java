package se.rln.scenario.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.SseClient;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;
import se.rln.scenario.Fixtures;

/** 200 people rating at once, the live stream, erasure, cancelled registrations and a cancelled event. */
@QuarkusTest
class LiveWorkshopTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void twoHundredConcurrentRatersLoseNoRatingAndTheStreamShowsTheLastAggregate() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        String f = day.coordinator();
        String base = "/api/v1/workshops/" + day.workshop();
        List<UUID> people = Fixtures.registered(day, 200);
        String group = as(f).body(Map.of("groups", 1)).post(base + "/groups/assignment").then().statusCode(200)
                .extract().path("[0].id");
        advance(f, base, "FOCAL_QUESTION");
        as(f).body(Map.of("question", "Vad kräver ledarskapet 2035?")).put(base + "/groups/" + group + "/focal-question")
                .then().statusCode(200);
        advance(f, base, "DRIVERS");
        List<String> drivers = new ArrayList<>();
        for (String title : List.of("Digitalisering", "Kompetensförsörjning")) {
            drivers.add(as(f).body(Map.of("title", title, "category", "ECONOMIC")).post(base + "/groups/" + group + "/drivers")
                    .then().statusCode(201).extract().path("id"));
        }
        advance(f, base, "RATING");
        TestKafka.awaitAssignedGroups("scenario-live-", 1, Duration.ofSeconds(30));

        try (SseClient stream = SseClient.open(url(base + "/stream"), f)) {
            HttpClient http = HttpClient.newHttpClient();
            ExecutorService pool = Executors.newFixedThreadPool(32);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            double impactSum = 0;
            double uncertaintySum = 0;
            for (int i = 0; i < people.size(); i++) {
                int impact = 1 + i % 5;
                int uncertainty = 1 + (i * 3) % 5;
                impactSum += impact;
                uncertaintySum += uncertainty;
                String body = "{\"ratings\":[{\"driverId\":\"%s\",\"impact\":%d,\"uncertainty\":%d},{\"driverId\":\"%s\",\"impact\":%d,\"uncertainty\":%d}]}"
                        .formatted(drivers.get(0), impact, uncertainty, drivers.get(1), impact, uncertainty);
                String token = Fixtures.participant(people.get(i));
                answers.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(url(base + "/groups/" + group + "/ratings")))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertEquals(200, answer.get().statusCode(), answer.get().body());
            }
            pool.shutdown();
            double impact = Math.round(impactSum / people.size() * 100) / 100.0;
            double uncertainty = Math.round(uncertaintySum / people.size() * 100) / 100.0;
            for (String d : drivers) {
                as(f).get(base + "/groups/" + group + "/drivers/" + d).then().statusCode(200)
                        .body("ratings.count", equalTo(200)).body("ratingVersion", equalTo(200))
                        .body("ratings.impact", equalTo((float) impact)).body("ratings.uncertainty", equalTo((float) uncertainty));
            }
            SseClient.Event last = stream.await(e -> "workshop.ratings-aggregated".equals(e.name())
                    && JsonPath.from(e.data()).getList("drivers.ratings.count").contains(200), Duration.ofSeconds(30));
            assertEquals(new java.util.HashSet<>(drivers), new java.util.HashSet<>(JsonPath.from(last.data())
                    .getList("drivers.id")), "the aggregates of both drivers, in one event");
        }
    }

    @Test
    void erasureCancelledRegistrationsAndACancelledEvent() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        String f = day.coordinator();
        String base = "/api/v1/workshops/" + day.workshop();
        List<UUID> people = Fixtures.registered(day, 2);
        String asa = Fixtures.participant(people.get(0));
        String group = as(f).body(Map.of("groups", 1)).post(base + "/groups/assignment").then().statusCode(200)
                .extract().path("[0].id");
        as(asa).body(Map.of("displayName", "Åsa Öberg")).put(base + "/members/me").then().statusCode(200)
                .body("displayName", equalTo("Åsa Öberg"));
        advance(f, base, "FOCAL_QUESTION");
        as(asa).body(Map.of("question", "Hur ser tilliten ut 2035?")).put(base + "/groups/" + group + "/focal-question");
        advance(f, base, "DRIVERS");
        String driver = as(asa).body(Map.of("title", "Tillit", "category", "SOCIAL")).post(base + "/groups/" + group + "/drivers")
                .then().statusCode(201).body("author", equalTo("Åsa Öberg")).extract().path("id");

        // published again, now with a co-host: still one workshop, and the co-host runs it too
        UUID coHost = UUID.randomUUID();
        Fixtures.publishEvent(day.event(), day.host(), coHost, day.session(), 2, "PUBLISHED");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                as(TestTokens.coordinator(coHost)).get(base).statusCode() == 200);
        as(f).get("/api/v1/workshops?event={e}", day.event()).then().body("items.size()", equalTo(1));

        Fixtures.erased(people.get(0));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                as(f).get(base + "/groups/" + group + "/drivers/" + driver).then().extract().path("author") == null);
        as(f).get(base + "/members").then().body("displayName", org.hamcrest.Matchers.everyItem(nullValue()));
        as(f).get(base + "/groups/" + group + "/drivers/" + driver).then().body("title", equalTo("Tillit"));

        Fixtures.registration(day.event(), people.get(1), "1281", "CANCELLED", 10);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                as(Fixtures.participant(people.get(1))).get(base).statusCode() == 404);

        TestKafka.awaitAssignedGroups("scenario-live-", 1, Duration.ofSeconds(30));
        try (SseClient stream = SseClient.open(url(base + "/stream"), f)) {
            Fixtures.publishEvent(day.event(), day.host(), coHost, day.session(), 3, "CANCELLED");
            stream.await(e -> "workshop.cancelled".equals(e.name()), Duration.ofSeconds(30));
        }
        as(f).get(base).then().body("cancelled", equalTo(true));
        as(asa).body(Map.of("title", "Sent", "category", "SOCIAL")).post(base + "/groups/" + group + "/drivers").then()
                .statusCode(409).body("type", equalTo("urn:rln:problem:workshop-cancelled"));
        as(f).body(Map.of("phase", "RATING")).post(base + "/phase").then().statusCode(409)
                .body("type", equalTo("urn:rln:problem:workshop-cancelled"));
    }

    private String url(String path) {
        return root.toString().replaceAll("/$", "") + path;
    }

    private static void advance(String f, String base, String phase) {
        as(f).body(Map.of("phase", phase)).post(base + "/phase").then().statusCode(200);
    }
}
