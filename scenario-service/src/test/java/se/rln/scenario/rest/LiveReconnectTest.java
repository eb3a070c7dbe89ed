package se.rln.scenario.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.SseClient;
import se.rln.commons.testing.TestKafka;
import se.rln.scenario.Fixtures;

/** A phone that lost its connection reconnects with Last-Event-ID and catches up, through HTTP. */
@QuarkusTest
class LiveReconnectTest {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aViewerBackWithItsLastEventIdGetsWhatItMissedInOrder() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        String f = day.coordinator();
        String base = "/api/v1/workshops/" + day.workshop();
        Fixtures.registered(day, 2);
        TestKafka.awaitAssignedGroups("scenario-live-", 1, Duration.ofSeconds(30));
        String url = root.toString().replaceAll("/$", "") + base + "/stream";
        String lastSeen;
        String group;
        try (SseClient phone = SseClient.open(url, f)) {
            group = as(f).body(Map.of("groups", 1)).post(base + "/groups/assignment").then().statusCode(200)
                    .extract().path("[0].id");
            as(f).body(Map.of("phase", "FOCAL_QUESTION")).post(base + "/phase").then().statusCode(200);
            lastSeen = phone.await(e -> "workshop.phase-changed".equals(e.name()), Duration.ofSeconds(30)).id();
        }
        // while the phone is away
        as(f).body(Map.of("question", "Hur leder vi socialtjänsten i Skåne 2035?"))
                .put(base + "/groups/" + group + "/focal-question").then().statusCode(200);
        as(f).body(Map.of("phase", "DRIVERS")).post(base + "/phase").then().statusCode(200);

        try (SseClient back = SseClient.open(url, f, Map.of("Last-Event-ID", lastSeen))) {
            back.await(e -> "workshop.phase-changed".equals(e.name()) && e.data().contains("DRIVERS"), Duration.ofSeconds(30));
            List<String> names = back.events().stream().map(SseClient.Event::name).toList();
            assertEquals(List.of("workshop.connected", "workshop.focal-question-set", "workshop.phase-changed"), names);
            // where the workshop stood on connecting, as JSON (the phase before the replayed change to DRIVERS)
            var connected = new com.fasterxml.jackson.databind.ObjectMapper().readTree(back.events().get(0).data());
            assertEquals(base.substring(base.lastIndexOf('/') + 1), connected.path("workshopId").asText());
            assertEquals("DRIVERS", connected.path("phase").asText());
            assertEquals(3, connected.size(), "workshopId, phase, version: " + connected);
        }
        try (SseClient lost = SseClient.open(url, f, Map.of("Last-Event-ID", "no-such-event"))) {
            assertEquals("workshop.resync", lost.await(e -> !"workshop.connected".equals(e.name()), Duration.ofSeconds(30))
                    .name());
        }
        as(f).header("Last-Event-ID", "x".repeat(300)).get(base + "/stream").then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("Last-Event-ID"))
                .body("violations[0].message", equalTo("is not an event id this stream issued"));
    }
}
