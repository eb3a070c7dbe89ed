package se.rln.scenario.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rln.commons.testing.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import se.rln.commons.testing.TestKafka;
import se.rln.scenario.Fixtures;
import se.rln.scenario.model.SteepCategory;

/**
 * The Skåne day's workshop run end to end through the API: made from the published event, 20
 * registered people dealt into 3 groups, focal questions, 8 drivers per group (plus a merged
 * duplicate), ratings from everyone, the suggested axes confirmed, four scenarios, strategies,
 * completed; the results, the report and both pictures, and the outcome on Kafka.
 */
@QuarkusTest
class SkaneWorkshopTest {

    static final String[][] DRIVERS = {
        { "Digitalisering av välfärden", "TECHNOLOGICAL", "5", "5" },
        { "AI i handläggningen", "TECHNOLOGICAL", "5", "4" },
        { "Kompetensförsörjning", "ECONOMIC", "4", "5" },
        { "Tillit mellan medborgare och myndighet", "SOCIAL", "3", "2" },
        { "Politisk detaljstyrning", "POLITICAL", "2", "3" },
        { "Klimatanpassning", "ENVIRONMENTAL", "2", "1" },
        { "Psykisk ohälsa bland unga", "SOCIAL", "1", "2" },
        { "Kommunernas ekonomi", "ECONOMIC", "3", "3" } };

    @Test
    void theSkaneDayWorkshopFromEventToOutcome() throws Exception {
        Fixtures.Day day = Fixtures.publishedDay();
        String facilitator = day.coordinator();
        String base = "/api/v1/workshops/" + day.workshop();
        List<UUID> people = Fixtures.registered(day, 20);

        as(facilitator).get(base).then().statusCode(200).body("phase", equalTo("SETUP"))
                .body("title", equalTo("Scenariokorset: framtidens socialtjänst")).body("members", equalTo(20));
        List<Map<String, Object>> groups = as(facilitator).body(Map.of("groups", 3)).post(base + "/groups/assignment")
                .then().statusCode(200).body("", hasSize(3)).extract().jsonPath().getList("");
        assertMunicipalitiesSpread(groups);

        advance(facilitator, base, "FOCAL_QUESTION");
        List<String> groupIds = new ArrayList<>();
        Map<String, List<String>> memberTokens = new HashMap<>();
        for (Map<String, Object> g : groups) {
            String id = (String) g.get("id");
            groupIds.add(id);
            List<String> tokens = new ArrayList<>();
            for (Object m : (List<?>) g.get("members")) {
                tokens.add(Fixtures.participant(UUID.fromString((String) ((Map<?, ?>) m).get("participantId"))));
            }
            memberTokens.put(id, tokens);
            as(tokens.get(0)).body(Map.of("question", "Hur ser ledarskapet i socialtjänsten ut år 2035?", "horizon", "2035"))
                    .put(base + "/groups/" + id + "/focal-question").then().statusCode(200).body("horizon", equalTo("2035"));
        }

        advance(facilitator, base, "DRIVERS");
        Map<String, List<String>> driverIds = new HashMap<>();
        for (String g : groupIds) {
            List<String> ids = new ArrayList<>();
            List<String> tokens = memberTokens.get(g);
            for (int k = 0; k < DRIVERS.length; k++) {
                ids.add(as(tokens.get(k % tokens.size())).body(Map.of("title", DRIVERS[k][0], "category", DRIVERS[k][1]))
                        .post(base + "/groups/" + g + "/drivers").then().statusCode(201).extract().path("id"));
            }
            String duplicate = as(tokens.get(1)).body(Map.of("title", "Förtroende för myndigheter", "category", "SOCIAL"))
                    .post(base + "/groups/" + g + "/drivers").then().statusCode(201).extract().path("id");
            as(facilitator).body(Map.of("into", ids.get(3))).post(base + "/groups/" + g + "/drivers/" + duplicate + "/merge")
                    .then().statusCode(200).body("id", equalTo(ids.get(3)));
            driverIds.put(g, ids);
        }

        advance(facilitator, base, "RATING");
        for (String g : groupIds) {
            for (String token : memberTokens.get(g)) {
                List<Map<String, Object>> ratings = new ArrayList<>();
                for (int k = 0; k < DRIVERS.length; k++) {
                    ratings.add(Map.of("driverId", driverIds.get(g).get(k), "impact", Integer.parseInt(DRIVERS[k][2]),
                            "uncertainty", Integer.parseInt(DRIVERS[k][3])));
                }
                as(token).body(Map.of("ratings", ratings)).put(base + "/groups/" + g + "/ratings").then().statusCode(200);
            }
        }
        String first = groupIds.get(0);
        as(memberTokens.get(first).get(0)).body(Map.of("votes", List.of(Map.of("driverId", driverIds.get(first).get(2), "dots", 3))))
                .put(base + "/groups/" + first + "/votes").then().statusCode(200);
        as(facilitator).post(base + "/groups/" + first + "/votes/reveal").then().statusCode(200);
        as(memberTokens.get(first).get(1)).get(base + "/groups/" + first + "/drivers/" + driverIds.get(first).get(2)).then()
                .body("dots", equalTo(3)).body("ratings.count", equalTo(memberTokens.get(first).size()))
                .body("ratings.impact", equalTo(4.0f)).body("classification", equalTo("CRITICAL_UNCERTAINTY"));

        advance(facilitator, base, "AXES");
        for (String g : groupIds) {
            // 10 for Digitalisering, 9 for both AI (same category) and Kompetensförsörjning: the other category wins
            as(facilitator).get(base + "/groups/" + g + "/axes/suggestion").then().statusCode(200)
                    .body("horizontal.title", equalTo("Digitalisering av välfärden"))
                    .body("vertical.title", equalTo("Kompetensförsörjning"));
            as(facilitator).body(Map.of(
                    "horizontal", Map.of("driverId", driverIds.get(g).get(0), "lowPole", "Analog välfärd", "highPole",
                            "Digital välfärd"),
                    "vertical", Map.of("driverId", driverIds.get(g).get(2), "lowPole", "Brist på kompetens", "highPole",
                            "God kompetensförsörjning")))
                    .put(base + "/groups/" + g + "/axes").then().statusCode(200)
                    .body("axes.horizontal.driverTitle", equalTo("Digitalisering av välfärden"));
        }

        advance(facilitator, base, "SCENARIOS");
        Map<String, String> names = Map.of("NE", "Den digitala tilliten", "NW", "Nära omsorg", "SW", "Den magra välfärden",
                "SE", "Tekniken som ersätter");
        for (String g : groupIds) {
            String token = memberTokens.get(g).get(2);
            names.forEach((q, name) -> as(token).header("If-Match", "\"0\"").body(Map.of("name", name, "narrative",
                    "År 2035 är " + name.toLowerCase() + " verklighet för socialtjänsten i Skåne.", "implications",
                    List.of("Nya krav på chefers kompetens"), "earlyIndicators", List.of("Rekryteringsläget 2027")))
                    .put(base + "/groups/" + g + "/scenarios/" + q).then().statusCode(200).body("version", equalTo(1)));
            as(token).header("If-Match", "\"0\"").body(Map.of("name", "Sent")).put(base + "/groups/" + g + "/scenarios/NE")
                    .then().statusCode(412).contentType("application/problem+json");
        }

        advance(facilitator, base, "STRATEGIES");
        for (String g : groupIds) {
            String token = memberTokens.get(g).get(3);
            String robust = as(token).body(Map.of("title", "Gemensam introduktion för nya chefer i regionen"))
                    .post(base + "/groups/" + g + "/strategies").then().statusCode(201).extract().path("id");
            String fragile = as(token).body(Map.of("title", "Satsa allt på digitala tjänster"))
                    .post(base + "/groups/" + g + "/strategies").then().statusCode(201).extract().path("id");
            as(token).body(Map.of("verdicts", Map.of("NE", "HOLDS", "NW", "HOLDS", "SW", "HOLDS", "SE", "HOLDS")))
                    .put(base + "/groups/" + g + "/strategies/" + robust + "/assessment").then().statusCode(200)
                    .body("robustness", equalTo(4)).body("robust", equalTo(true));
            as(token).body(Map.of("verdicts", Map.of("NE", "HOLDS", "NW", "FAILS", "SW", "FAILS", "SE", "PARTLY")))
                    .put(base + "/groups/" + g + "/strategies/" + fragile + "/assessment").then().statusCode(200)
                    .body("robustness", equalTo(1));
        }
        advance(facilitator, base, "COMPLETED");

        JsonPath results = as(facilitator).get(base + "/results").then().statusCode(200).extract().jsonPath();
        assertEquals(3, results.getList("groups").size());
        assertEquals(9, results.getList("groups[0].drivers").size());
        assertEquals(4, results.getList("groups[2].scenarios").size());
        String report = as(facilitator).get(base + "/report.md").then().statusCode(200)
                .contentType(containsString("text/markdown")).extract().asString();
        for (String name : names.values()) {
            assertTrue(report.contains("Den digitala tilliten") && report.contains(name), name + " in the report");
        }
        assertTrue(report.contains("4/4 (robust)"));
        for (String g : groupIds) {
            Document cross = svg(as(memberTokens.get(g).get(0)).get(base + "/groups/" + g + "/cross.svg").then()
                    .statusCode(200).contentType("image/svg+xml").extract().asByteArray());
            String text = cross.getDocumentElement().getTextContent();
            names.values().forEach(name -> assertTrue(text.contains(name), name + " in the cross"));
            names.values().forEach(name -> assertTrue(text.contains("År 2035 är " + name.toLowerCase()), name + "'s narrative"));
            assertTrue(text.contains("Digital välfärd") && text.contains("Brist på kompetens"));
            Document scatter = svg(as(facilitator).get(base + "/groups/" + g + "/drivers.svg").then().statusCode(200)
                    .extract().asByteArray());
            String words = scatter.getDocumentElement().getTextContent();
            assertTrue(words.contains("Kompetensförsörjning") && words.contains("Påverkan") && words.contains("Osäkerhet")
                    && words.contains("Teknologiska"), "Swedish by default: " + words);
            String english = svg(as(facilitator).queryParam("lang", "en").get(base + "/groups/" + g + "/drivers.svg").then()
                    .statusCode(200).extract().asByteArray()).getDocumentElement().getTextContent();
            assertTrue(english.contains("Impact") && english.contains("Uncertainty") && !english.contains("Påverkan"), english);
            int rated = results.getList("groups.find { it.group.id == '" + g
                    + "' }.drivers.findAll { it.mergedInto == null && it.ratings.count > 0 }").size();
            assertEquals(rated + SteepCategory.values().length, scatter.getElementsByTagName("circle").getLength(),
                    "a marker per rated driver and the legend's");
        }

        var completed = TestKafka.await("leadership.workshops.v1", r -> r.key().equals(day.workshop().toString())
                && r.value().contains("\"workshop.completed\""), l -> !l.isEmpty(), Duration.ofSeconds(30));
        JsonPath outcome = JsonPath.from(completed.get(0).value());
        assertEquals(day.event().toString(), outcome.getString("data.eventId"));
        assertEquals(3, outcome.getList("data.groups").size());
        assertEquals("Gemensam introduktion för nya chefer i regionen", outcome.getString("data.groups[0].strategies[0].title"));
    }

    private static void advance(String facilitator, String base, String phase) {
        as(facilitator).body(Map.of("phase", phase)).post(base + "/phase").then().statusCode(200).body("phase", equalTo(phase));
    }

    /** Every municipality's members differ by at most one between any two groups. */
    private static void assertMunicipalitiesSpread(List<Map<String, Object>> groups) {
        Map<String, List<Integer>> perGroup = new HashMap<>();
        Set<String> all = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            for (Object m : (List<?>) groups.get(i).get("members")) {
                String code = (String) ((Map<?, ?>) m).get("municipalityCode");
                all.add(code);
                perGroup.computeIfAbsent(code, c -> new ArrayList<>(List.of(0, 0, 0)));
                perGroup.get(code).set(i, perGroup.get(code).get(i) + 1);
            }
        }
        assertEquals(5, all.size());
        perGroup.forEach((code, counts) -> assertTrue(
                counts.stream().mapToInt(Integer::intValue).max().orElseThrow()
                        - counts.stream().mapToInt(Integer::intValue).min().orElseThrow() <= 1, code + " spread " + counts));
        assertEquals(20, groups.stream().mapToInt(g -> ((List<?>) g.get("members")).size()).sum());
    }

    private static Document svg(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals(StandardCharsets.UTF_8.name(), doc.getXmlEncoding());
        return doc;
    }
}
