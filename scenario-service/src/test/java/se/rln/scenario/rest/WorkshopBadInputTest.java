package se.rln.scenario.rest;

import static se.rln.commons.testing.Api.as;
import static se.rln.scenario.rest.WorkshopRulesTest.advance;
import static se.rln.scenario.rest.WorkshopRulesTest.driver;
import static se.rln.scenario.rest.WorkshopRulesTest.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.scenario.Fixtures;

/** Bad input on the later phases' endpoints, and strangers writing into them: problem+json, nothing applied. */
@QuarkusTest
class WorkshopBadInputTest {

    @Test
    void laterPhasesRefuseBadInputNamingTheField() {
        WorkshopRulesTest.Room r = WorkshopRulesTest.room();
        String g1 = r.base() + "/groups/" + r.group1();
        problem(as(r.alice()).body(Map.of("displayName", " ")).put(r.base() + "/members/me"), 400, "validation", null,
                "displayName");
        problem(as(r.facilitator()).body(Map.of("name", "")).post(r.base() + "/groups"), 400, "validation", null, "name");
        advance(r, "FOCAL_QUESTION");
        as(r.alice()).body(Map.of("question", "Fråga")).put(g1 + "/focal-question");
        as(r.bob()).body(Map.of("question", "Fråga")).put(r.base() + "/groups/" + r.group2() + "/focal-question");
        advance(r, "DRIVERS");
        String d1 = driver(r, r.alice(), r.group1(), "Digitalisering");
        String d2 = driver(r, r.alice(), r.group1(), "Kompetens");
        driver(r, r.bob(), r.group2(), "AI");
        driver(r, r.bob(), r.group2(), "Ekonomi");
        problem(as(r.alice()).body(Map.of("title", "Digitalisering")).put(g1 + "/drivers/" + d1), 400, "validation", null,
                "category");
        problem(as(r.alice()).body(Map.of("title", "x", "category", "SOCIAL")).put(g1 + "/drivers/" + UUID.randomUUID()), 404,
                "not-found", "driver");
        advance(r, "RATING");
        as(r.alice()).body(Map.of("ratings", List.of(Map.of("driverId", d1, "impact", 5, "uncertainty", 4),
                Map.of("driverId", d2, "impact", 3, "uncertainty", 2)))).put(g1 + "/ratings");
        as(r.bob()).body(Map.of("ratings", List.of(Map.of("driverId", driverOf(r, r.group2(), 0), "impact", 5, "uncertainty", 4),
                Map.of("driverId", driverOf(r, r.group2(), 1), "impact", 3, "uncertainty", 2))))
                .put(r.base() + "/groups/" + r.group2() + "/ratings");
        advance(r, "AXES");
        problem(as(r.facilitator()).body(Map.of("horizontal", axis(d1), "vertical", axis(d1))).put(g1 + "/axes"), 400,
                "validation", "two different drivers", "vertical.driverId");
        problem(as(r.facilitator()).body(Map.of("horizontal", axis(d1), "vertical", Map.of("driverId", d2, "lowPole", "Låg")))
                .put(g1 + "/axes"), 400, "validation", null, "vertical.highPole");
        problem(as(r.facilitator()).body(Map.of("horizontal", axis(d1), "vertical", axis(driverOf(r, r.group2(), 0))))
                .put(g1 + "/axes"), 400, "validation", "no driver", "vertical.driverId");
        as(r.facilitator()).body(Map.of("horizontal", axis(d1), "vertical", axis(d2))).put(g1 + "/axes").then().statusCode(200);
        as(r.facilitator()).body(Map.of("horizontal", axis(driverOf(r, r.group2(), 0)), "vertical",
                axis(driverOf(r, r.group2(), 1)))).put(r.base() + "/groups/" + r.group2() + "/axes").then().statusCode(200);
        advance(r, "SCENARIOS");
        problem(as(r.alice()).body(Map.of("name", "Utan version")).put(g1 + "/scenarios/NE"), 428, null, "If-Match");
        problem(as(r.alice()).header("If-Match", "\"0\"").body(Map.of("name", "")).put(g1 + "/scenarios/NE"), 400,
                "validation", null, "name");
        problem(as(r.alice()).header("If-Match", "\"0\"").body(Map.of("name", "x", "implications", List.of("")))
                .put(g1 + "/scenarios/NW"), 400, "validation", null, "implications[0]");
        for (String q : List.of("NE", "NW", "SW", "SE")) {
            as(r.alice()).header("If-Match", "\"0\"").body(Map.of("name", "S" + q, "narrative", "Berättelse"))
                    .put(g1 + "/scenarios/" + q).then().statusCode(200);
            as(r.bob()).header("If-Match", "\"0\"").body(Map.of("name", "S" + q, "narrative", "Berättelse"))
                    .put(r.base() + "/groups/" + r.group2() + "/scenarios/" + q).then().statusCode(200);
        }
        problem(as(r.alice()).queryParam("lang", "fi").get(g1 + "/cross.svg"), 400, "validation", "must be one of", "lang");
        problem(as(r.alice()).queryParam("lang", "svenska").get(g1 + "/drivers.svg"), 400, "validation", null, "lang");
        advance(r, "STRATEGIES");
        problem(as(r.alice()).body(Map.of("title", " ")).post(g1 + "/strategies"), 400, "validation", null, "title");
        String s = as(r.alice()).body(Map.of("title", "Samverkan")).post(g1 + "/strategies").then().statusCode(201)
                .extract().path("id");
        problem(as(r.alice()).body(Map.of("verdicts", Map.of("NE", "MAYBE"))).put(g1 + "/strategies/" + s + "/assessment"),
                400, null, null);
        problem(as(r.alice()).body(Map.of("verdicts", Map.of("UP", "HOLDS"))).put(g1 + "/strategies/" + s + "/assessment"),
                400, null, null);
        problem(as(r.alice()).body(Map.of("verdicts", Map.of())).put(g1 + "/strategies/" + s + "/assessment"), 400,
                "validation", null, "verdicts");
        problem(as(r.alice()).body(Map.of("verdicts", Map.of("NE", "HOLDS"))).put(g1 + "/strategies/" + UUID.randomUUID()
                + "/assessment"), 404, "not-found", "strategy");

        // strangers cannot write into any of it
        String stranger = Fixtures.participant(UUID.randomUUID());
        problem(as(stranger).body(Map.of("title", "x")).post(g1 + "/strategies"), 404, "not-found", "workshop");
        problem(as(stranger).body(Map.of("verdicts", Map.of("NE", "FAILS"))).put(g1 + "/strategies/" + s + "/assessment"),
                404, "not-found", "workshop");
        problem(as(stranger).header("If-Match", "\"1\"").body(Map.of("name", "x")).put(g1 + "/scenarios/NE"), 404,
                "not-found", "workshop");
        problem(as(stranger).body(Map.of("displayName", "Inkräktare")).put(r.base() + "/members/me"), 404, "not-found",
                "workshop");
        // another participant of the workshop cannot assess in a group not theirs
        problem(as(r.bob()).body(Map.of("verdicts", Map.of("NE", "FAILS"))).put(g1 + "/strategies/" + s + "/assessment"),
                403, "forbidden", "own group");
    }

    private static Map<String, Object> axis(String driver) {
        return Map.of("driverId", driver, "lowPole", "Låg", "highPole", "Hög");
    }

    private static String driverOf(WorkshopRulesTest.Room r, String group, int index) {
        return as(r.facilitator()).get(r.base() + "/groups/" + group + "/drivers").then().extract().path("[" + index + "].id");
    }
}
