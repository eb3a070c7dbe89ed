package se.rln.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A live workshop for the room, left in SETUP with its places and groups: twelve places from five
 * Skåne municipalities in two groups, facilitated by {@value #FACILITATOR}, open to phones (a join
 * code) and with a projector pass. Loading again reuses it, and its code, while it runs.
 */
final class DemoLiveWorkshop {

    static final String TITLE = "Scenariokorset – övning i rummet";
    static final String FACILITATOR = "facilitator-skane";
    private static final List<String> PLACES = List.of("1280", "1280", "1280", "1281", "1281", "1281", "1283", "1283", "1290",
            "1290", "1286", "1286");

    private final Api admin;

    DemoLiveWorkshop(Api admin) {
        this.admin = admin;
    }

    /** LIVE_WORKSHOP, LIVE_JOIN_CODE, LIVE_JOIN_URL and LIVE_PROJECTOR_TOKEN. */
    Map<String, String> open() throws IOException, InterruptedException {
        JsonNode w = existing();
        if (w == null) {
            w = admin.post("/api/v1/workshops", Map.of("title", TITLE, "facilitators", List.of(FACILITATOR), "dotBudget", 3));
        }
        String base = "/api/v1/workshops/" + w.get("id").asText();
        if (w.get("members").asInt() == 0) {
            for (String municipality : PLACES) {
                admin.post(base + "/members", Map.of("participantId", UUID.randomUUID(), "municipalityCode", municipality));
            }
            admin.post(base + "/groups/assignment", Map.of("groups", 2));
        }
        JsonNode code;
        try {
            code = admin.get(base + "/join-code");
        } catch (IOException closed) {
            code = admin.post(base + "/join-code", Map.of());
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("LIVE_WORKSHOP", w.get("id").asText());
        out.put("LIVE_JOIN_CODE", code.get("code").asText());
        out.put("LIVE_JOIN_URL", code.get("joinUrl").asText());
        out.put("LIVE_PROJECTOR_TOKEN", admin.post(base + "/view-link", Map.of()).get("token").asText());
        return out;
    }

    private JsonNode existing() throws IOException, InterruptedException {
        String cursor = null;
        do {
            JsonNode page = admin.get("/api/v1/workshops?limit=100" + (cursor == null ? "" : "&cursor=" + Api.query(cursor)));
            for (JsonNode w : page.get("items")) {
                if (TITLE.equals(w.get("title").asText()) && !"COMPLETED".equals(w.get("phase").asText())) {
                    return w;
                }
            }
            cursor = page.path("nextCursor").isTextual() ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return null;
    }
}
