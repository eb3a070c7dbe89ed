package se.rln.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Skåne day's workshop for the room, left in SETUP: a workshop of the day (so its registered
 * managers are its members and its coordinators run it too) in six groups mixing the
 * municipalities, facilitated by {@value #FACILITATOR}, open to phones (a join code) and with a
 * projector pass. Loading again reuses it, and its code, while it runs.
 */
final class DemoLiveWorkshop {

    static final String TITLE = "Scenariokorset i rummet – socialtjänsten 2035";
    static final String FACILITATOR = "facilitator-skane";

    private final Api admin;

    DemoLiveWorkshop(Api admin) {
        this.admin = admin;
    }

    /** LIVE_WORKSHOP, LIVE_JOIN_CODE, LIVE_JOIN_URL and LIVE_PROJECTOR_TOKEN of the day's room workshop. */
    Map<String, String> open(String event) throws IOException, InterruptedException {
        JsonNode w = existing(event);
        String base;
        if (w == null) {
            w = admin.post("/api/v1/workshops", Map.of("title", TITLE, "eventId", event, "facilitators", List.of(FACILITATOR),
                    "dotBudget", 3));
            base = "/api/v1/workshops/" + w.get("id").asText();
            admin.post(base + "/groups/assignment", Map.of("groups", 6));
        } else {
            base = "/api/v1/workshops/" + w.get("id").asText();
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

    private JsonNode existing(String event) throws IOException, InterruptedException {
        String cursor = null;
        do {
            JsonNode page = admin.get("/api/v1/workshops?limit=100&event=" + event + (cursor == null ? "" : "&cursor="
                    + Api.query(cursor)));
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
