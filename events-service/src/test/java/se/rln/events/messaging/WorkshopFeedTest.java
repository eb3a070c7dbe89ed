package se.rln.events.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static se.rln.events.Fixtures.as;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestKafka;
import se.rln.commons.testing.TestTokens;
import se.rln.events.Fixtures;

/** Workshop outcomes from leadership.workshops.v1 attached to the event: newest version, once, poison to the DLQ. */
@QuarkusTest
class WorkshopFeedTest {

    private static final String TOPIC = "leadership.workshops.v1";

    private static String completed(UUID workshop, UUID event, long version, String scenario) {
        return """
                {"specversion":"1.0","id":"%s","source":"/scenario-service","type":"workshop.completed","subject":"%s",
                 "time":"2027-03-12T15:30:00+01:00","datacontenttype":"application/json",
                 "data":{"workshopId":"%s","eventId":"%s","sessionId":null,"title":"Scenariokorset","version":%d,
                 "groups":[{"name":"Grupp 1","focalQuestion":"Hur leder vi 2035?","horizon":"2035",
                   "axes":{"horizontal":{"driverTitle":"Digitalisering","lowPole":"Analog","highPole":"Digital"},
                           "vertical":{"driverTitle":"Kompetens","lowPole":"Brist","highPole":"Tillgång"}},
                   "scenarios":[{"quadrant":"NE","name":"%s"}],"strategies":[]}]}}
                """.formatted(UUID.randomUUID(), workshop, workshop, event, version, scenario);
    }

    @Test
    void outcomesAttachToTheirEventAndOnlyNewerVersionsReplaceThem() throws Exception {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID event = Fixtures.draftSkaneDay(o);
        UUID workshop = UUID.randomUUID();
        TestKafka.send(TOPIC, workshop.toString(), completed(workshop, event, 9, "Den digitala tilliten"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(o.hostToken()).get("/api/v1/events/{id}/outcomes", event).then().statusCode(200).body("", hasSize(1)));
        // a draft's outcomes are the organisers' alone
        given().get("/api/v1/events/{id}/outcomes", event).then().statusCode(404).contentType("application/problem+json");
        as(TestTokens.coordinator(UUID.randomUUID())).get("/api/v1/events/{id}/outcomes", event).then().statusCode(404);

        TestKafka.sendRaw(TOPIC, workshop.toString(), "{not json");
        TestKafka.send(TOPIC, workshop.toString(), completed(workshop, event, 7, "Äldre version"));
        TestKafka.send(TOPIC, workshop.toString(), completed(workshop, event, 11, "Nära omsorg"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(o.hostToken()).get("/api/v1/events/{id}/outcomes", event).then().body("[0].version", equalTo(11)));
        as(o.hostToken()).post("/api/v1/events/{id}/publish", event).then().statusCode(200);
        given().get("/api/v1/events/{id}/outcomes", event).then().statusCode(200).body("", hasSize(1))
                .body("[0].groups[0].scenarios[0].name", equalTo("Nära omsorg"))
                .body("[0].groups[0].axes.horizontal.highPole", equalTo("Digital"));
        var dead = TestKafka.await(TOPIC + ".events-dlq", r -> workshop.toString().equals(r.key()), l -> !l.isEmpty(),
                Duration.ofSeconds(30));
        org.junit.jupiter.api.Assertions.assertEquals("{not json", dead.get(0).value());
        given().get("/api/v1/events/{id}/outcomes", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/events/not-a-uuid/outcomes").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aRecordFromAnotherSourceThanTheTopicsOwnerIsNotBelieved() throws Exception {
        Fixtures.Organisers o = Fixtures.organisers();
        UUID event = Fixtures.draftSkaneDay(o);
        UUID workshop = UUID.randomUUID();
        // a pod that may write to the topic claims a newer version; then the owner sends an older one
        TestKafka.send(TOPIC, workshop.toString(), completed(workshop, event, 5, "Förfalskat")
                .replace("\"source\":\"/scenario-service\"", "\"source\":\"/some-pod\""));
        TestKafka.send(TOPIC, workshop.toString(), completed(workshop, event, 2, "Äkta"));
        // had the forged record been applied, version 2 would be older and ignored
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(o.hostToken()).get("/api/v1/events/{id}/outcomes", event).then().statusCode(200).body("", hasSize(1))
                        .body("[0].version", equalTo(2)).body("[0].groups[0].scenarios[0].name", equalTo("Äkta")));
    }
}
