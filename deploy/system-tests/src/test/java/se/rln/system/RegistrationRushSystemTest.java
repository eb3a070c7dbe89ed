package se.rln.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.TestTokens;

/**
 * The opening minute of a popular day: 2 000 managers of Skåne's municipalities register at once
 * through the gateway for 60 seats. Every one gets an answer, none a 5xx: exactly 60 seats, the
 * other 1 940 on the waitlist in the order they were decided.
 */
class RegistrationRushSystemTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PEOPLE = 2_000;
    private static final int SEATS = 60;
    /** Twenty of Skåne's municipalities, each its HR system (and its own rate-limit client). */
    private static final List<String> SKANE = List.of("1214", "1230", "1231", "1233", "1256", "1257", "1260", "1261",
            "1262", "1263", "1264", "1265", "1266",
            "1267", "1270", "1272", "1273", "1275", "1276", "1277");

    @Test
    void twoThousandAtOnceForSixtySeatsAllAnsweredNoneWith5xx() throws Exception {
        List<String> skane = SKANE;
        RegistrationLoad day = RegistrationLoad.onNewDay("Socialchefsdagen – rusningen", skane, SEATS);
        // one connection per manager, as 2 000 separate browsers and HR clients would open
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(30))
                .build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < PEOPLE; i++) {
            String code = skane.get(i % skane.size());
            String body = JSON.writeValueAsString(Map.of("participant", Map.of("municipalityCode", code,
                    "externalId", "R-" + i, "givenName", "Chef", "familyName", "Nummer " + i,
                    "email", "chef" + i + "@" + code + ".example")));
            answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(day.gateway + "/api/v1/events/" + day.event
                    + "/registrations")).timeout(Duration.ofSeconds(120))
                    .header("Authorization", "Bearer " + TestTokens.municipality(code))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<JsonNode> registered = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.join();
            byStatus.merge(response.statusCode(), 1, Integer::sum);
            if (response.statusCode() == 201) {
                registered.add(JSON.readTree(response.body()));
            }
        }
        assertEquals(Map.of(201, PEOPLE), byStatus, "answers by status for " + PEOPLE + " registrations in " + seconds + " s");
        assertEquals(SEATS, registered.stream().filter(r -> r.get("status").asText().equals("CONFIRMED")).count());

        List<JsonNode> waitlist = waitlist(day);
        assertEquals(PEOPLE - SEATS, waitlist.size());
        List<Long> places = waitlist.stream().sorted(Comparator.comparing(RegistrationRushSystemTest::registeredAt))
                .map(r -> r.get("waitlistPlace").asLong()).toList();
        assertEquals(LongStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList(), places,
                "the earlier decided is earlier in the waitlist");
        OffsetDateTime lastSeat = registered.stream().filter(r -> r.get("status").asText().equals("CONFIRMED"))
                .map(RegistrationRushSystemTest::registeredAt).max(Comparator.naturalOrder()).orElseThrow();
        assertTrue(waitlist.stream().allMatch(r -> !registeredAt(r).isBefore(lastSeat)),
                "every seat went to someone decided before everyone on the waitlist");
        given().baseUri(day.gateway).header("Authorization", "Bearer " + day.coordinator)
                .get("/api/v1/events/" + day.event + "/registrations?status=CONFIRMED&limit=100").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(SEATS));
    }

    private static OffsetDateTime registeredAt(JsonNode registration) {
        return OffsetDateTime.parse(registration.get("registeredAt").asText());
    }

    private static List<JsonNode> waitlist(RegistrationLoad day) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        String cursor = "";
        do {
            String body = given().baseUri(day.gateway).header("Authorization", "Bearer " + day.coordinator)
                    .get("/api/v1/events/" + day.event + "/registrations?status=WAITLISTED&limit=100&cursor="
                            + URLEncoder.encode(cursor, StandardCharsets.UTF_8))
                    .then().statusCode(200).extract().asString();
            JsonNode page = JSON.readTree(body);
            page.get("items").forEach(all::add);
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return all;
    }
}
