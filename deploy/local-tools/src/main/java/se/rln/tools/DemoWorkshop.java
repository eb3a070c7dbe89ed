package se.rln.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the Skåne day's scenario-cross workshop to the end through the API, as a facilitator and
 * the registered participants would: three groups, focal questions, eight drivers each,
 * everyone's ratings, the suggested axes, four scenarios, strategies. Resumes where an earlier
 * run stopped; a completed workshop is left alone.
 */
final class DemoWorkshop {

    private static final List<String> PHASES = List.of("SETUP", "FOCAL_QUESTION", "DRIVERS", "RATING", "AXES", "SCENARIOS",
            "STRATEGIES", "COMPLETED");
    private static final String[][] DRIVERS = {
        { "Digitalisering av välfärden", "TECHNOLOGICAL", "5", "5" },
        { "AI i handläggningen", "TECHNOLOGICAL", "4", "4" },
        { "Kompetensförsörjning", "ECONOMIC", "5", "4" },
        { "Tillit mellan medborgare och myndighet", "SOCIAL", "4", "2" },
        { "Politisk detaljstyrning", "POLITICAL", "3", "3" },
        { "Klimatanpassning", "ENVIRONMENTAL", "2", "2" },
        { "Psykisk ohälsa bland unga", "SOCIAL", "4", "2" },
        { "Kommunernas ekonomi", "ECONOMIC", "3", "3" } };
    private static final Map<String, String[]> SCENARIOS = Map.of(
            "NE", new String[] { "Den digitala tilliten", "Tekniken frigör tid och kompetensen räcker: chefer leder "
                    + "självgående team nära medborgarna." },
            "NW", new String[] { "Nära omsorg", "Få digitala verktyg men gott om kunnig personal: relationerna bär "
                    + "verksamheten." },
            "SW", new String[] { "Den magra välfärden", "Varken teknik eller personal räcker: chefer prioriterar hårt och "
                    + "tilliten prövas." },
            "SE", new String[] { "Tekniken som ersätter", "Automatiseringen fyller luckorna efter personalen: "
                    + "ledarskapet blir systemförvaltning." });

    private final Api admin;
    private final String keyFile;
    private final String issuer;

    DemoWorkshop(Api admin, String keyFile, String issuer) {
        this.admin = admin;
        this.keyFile = keyFile;
        this.issuer = issuer;
    }

    /** Runs the event's workshop once its seated people are members; answers the workshop id. */
    String run(String event, int seated) throws Exception {
        JsonNode w = await(() -> {
            for (JsonNode item : admin.get("/api/v1/workshops?event=" + event).get("items")) {
                // the agenda's scenario-cross session (the room's live workshop has no session)
                if (item.hasNonNull("sessionId") && item.get("members").asInt() >= seated) {
                    return item;
                }
            }
            return null;
        }, "the workshop of the Skåne day with its " + seated + " members");
        String base = "/api/v1/workshops/" + w.get("id").asText();
        String phase = w.get("phase").asText();
        if (phase.equals("SETUP")) {
            admin.post(base + "/groups/assignment", Map.of("groups", 3));
        }
        List<JsonNode> groups = new ArrayList<>();
        admin.get(base + "/groups").forEach(groups::add);
        for (int p = PHASES.indexOf(phase) + 1; p < PHASES.size(); p++) {
            if (p > 0) {
                admin.post(base + "/phase", Map.of("phase", PHASES.get(p)));
            }
            for (JsonNode g : groups) {
                work(base + "/groups/" + g.get("id").asText(), PHASES.get(p), g);
            }
        }
        return w.get("id").asText();
    }

    private void work(String group, String phase, JsonNode g) throws Exception {
        switch (phase) {
            case "FOCAL_QUESTION" -> admin.put(group + "/focal-question", Map.of("question",
                    "Hur ser ledarskapet i socialtjänsten ut i Skåne år 2035?", "horizon", "2035"));
            case "DRIVERS" -> {
                for (String[] d : DRIVERS) {
                    admin.post(group + "/drivers", Map.of("title", d[0], "category", d[1]));
                }
            }
            case "RATING" -> rate(group, g);
            case "AXES" -> {
                JsonNode s = admin.get(group + "/axes/suggestion");
                admin.put(group + "/axes", Map.of(
                        "horizontal", Map.of("driverId", s.at("/horizontal/id").asText(), "lowPole", "Analog välfärd",
                                "highPole", "Digital välfärd"),
                        "vertical", Map.of("driverId", s.at("/vertical/id").asText(), "lowPole", "Brist på kompetens",
                                "highPole", "God kompetensförsörjning")));
            }
            case "SCENARIOS" -> {
                for (var e : SCENARIOS.entrySet()) {
                    long version = admin.get(group + "/scenarios/" + e.getKey()).get("version").asLong();
                    admin.put(group + "/scenarios/" + e.getKey(), Map.of("name", e.getValue()[0], "narrative",
                            e.getValue()[1], "implications", List.of("Nya krav på chefers digitala kompetens"),
                            "earlyIndicators", List.of("Antal sökande per chefstjänst 2027")), "If-Match", "\"" + version + "\"");
                }
            }
            case "STRATEGIES" -> {
                String robust = admin.post(group + "/strategies", Map.of("title",
                        "Gemensam introduktion för nya chefer i regionen")).get("id").asText();
                admin.put(group + "/strategies/" + robust + "/assessment", Map.of("verdicts",
                        Map.of("NE", "HOLDS", "NW", "HOLDS", "SW", "HOLDS", "SE", "HOLDS")));
                String bold = admin.post(group + "/strategies", Map.of("title", "Satsa allt på digitala tjänster"))
                        .get("id").asText();
                admin.put(group + "/strategies/" + bold + "/assessment", Map.of("verdicts",
                        Map.of("NE", "HOLDS", "NW", "FAILS", "SW", "PARTLY", "SE", "HOLDS")));
            }
            default -> {
            }
        }
    }

    /** Every member of the group rates every driver, each a little differently. */
    private void rate(String group, JsonNode g) throws Exception {
        List<JsonNode> drivers = new ArrayList<>();
        admin.get(group + "/drivers").forEach(d -> {
            if (d.get("mergedInto").isNull()) {
                drivers.add(d);
            }
        });
        int m = 0;
        for (JsonNode member : g.get("members")) {
            String pid = member.get("participantId").asText();
            Api participant = admin.as(Tokens.mint(keyFile, issuer, "participant:participant-" + pid + ":pid=" + pid
                    + ",municipality=" + member.get("municipalityCode").asText()));
            List<Map<String, Object>> ratings = new ArrayList<>();
            for (JsonNode d : drivers) {
                String[] base = base(d.get("title").asText());
                ratings.add(Map.of("driverId", d.get("id").asText(), "impact", clamp(Integer.parseInt(base[2]) - m % 2),
                        "uncertainty", clamp(Integer.parseInt(base[3]) - (m % 3 == 0 ? 1 : 0))));
            }
            participant.put(group + "/ratings", Map.of("ratings", ratings));
            m++;
        }
    }

    private static String[] base(String title) {
        for (String[] d : DRIVERS) {
            if (d[0].equals(title)) {
                return d;
            }
        }
        return new String[] { title, "SOCIAL", "3", "3" };
    }

    private static int clamp(int value) {
        return Math.max(1, Math.min(5, value));
    }

    interface Probe {
        JsonNode get() throws IOException, InterruptedException;
    }

    private static JsonNode await(Probe probe, String what) {
        return org.awaitility.Awaitility.await(what).atMost(java.time.Duration.ofSeconds(60))
                .pollDelay(java.time.Duration.ZERO).pollInterval(java.time.Duration.ofMillis(250))
                .until(probe::get, java.util.Objects::nonNull);
    }
}
