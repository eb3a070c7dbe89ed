package se.rln.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo through the public API: the Skåne day "Mobilisera för framtiden –
 * ledarskapets betydelse" co-hosted by FSS region Skåne and Kommunförbundet Skåne, and
 * Sandviken's programme in three cohorts ({@link DemoProgramme}). Safe to run again: what exists
 * (by name or title) is reused. Prints {@code NAME=value} lines for the runner.
 *
 * With the runner's signing key it also syncs the Skåne municipalities' rosters onto the day and
 * runs the day's scenario-cross workshop to the end, as the participants would.
 *
 * <pre>DemoLoader &lt;base-url&gt; &lt;admin-token&gt; [&lt;private-key.pem&gt; &lt;issuer&gt;]</pre>
 */
public final class DemoLoader {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String SKANE_DAY = "Mobilisera för framtiden – ledarskapets betydelse";

    private final Api api;
    private final String keyFile;
    private final String issuer;
    private final Map<String, String> out = new LinkedHashMap<>();

    private DemoLoader(Api api, String keyFile, String issuer) {
        this.api = api;
        this.keyFile = keyFile;
        this.issuer = issuer;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> out = args.length == 4 ? load(args[0], args[1], args[2], args[3]) : load(args[0], args[1], null, null);
        out.forEach((k, v) -> System.out.println(k + "=" + v));
    }

    /**
     * Loads the demo through {@code baseUrl}; with a signing key also the rosters and the completed
     * workshop. Answers the ids the runner prints (SKANE_DAY, SKANE_WORKSHOP, …).
     */
    public static Map<String, String> load(String baseUrl, String adminToken, String keyFile, String issuer)
            throws Exception {
        DemoLoader loader = new DemoLoader(new Api(baseUrl, adminToken), keyFile, issuer);
        loader.load();
        if (keyFile != null) {
            int seated = DemoRosters.sync(loader.api, loader.out.get("SKANE_DAY"), keyFile, issuer);
            loader.out.put("SKANE_WORKSHOP", new DemoWorkshop(loader.api, keyFile, issuer).run(loader.out.get("SKANE_DAY"),
                    seated));
            loader.out.putAll(new DemoLiveWorkshop(loader.api).open(loader.out.get("SKANE_DAY")));
        }
        return loader.out;
    }

    private void load() throws Exception {
        String fss = organisation("FSS region Skåne", "ASSOCIATION", null, "12");
        String kfsk = organisation("Kommunförbundet Skåne", "ASSOCIATION", null, "12");
        organisation("Region Skåne", "REGION", null, "12");
        organisation("Lunds universitet", "UNIVERSITY", null, "12");
        for (String[] m : new String[][] { { "Malmö stad", "1280" }, { "Lunds kommun", "1281" },
                { "Helsingborgs stad", "1283" }, { "Kristianstads kommun", "1290" }, { "Ystads kommun", "1286" },
                { "Botkyrka kommun", "0127" }, { "Kungsörs kommun", "1960" } }) {
            organisation(m[0], "MUNICIPALITY", m[1], null);
        }
        String sandviken = organisation("Sandvikens kommun", "MUNICIPALITY", "2181", null);
        out.put("FSS_ORG", fss);
        out.put("KFSK_ORG", kfsk);
        out.put("SANDVIKEN_ORG", sandviken);
        out.put("SKANE_DAY", skaneDay(fss, kfsk));
        out.putAll(new DemoProgramme(api, keyFile, issuer).load(sandviken));
    }

    private String organisation(String name, String kind, String municipality, String county) throws Exception {
        for (JsonNode o : api.get("/api/v1/organisations?limit=100&q=" + Api.query(name)).get("items")) {
            if (o.get("name").asText().equals(name)) {
                return o.get("id").asText();
            }
        }
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("municipalityCode", municipality);
        body.put("countyCode", county);
        return api.post("/api/v1/organisations", body).get("id").asText();
    }

    private String existingEvent(String organiser, String title) throws Exception {
        for (JsonNode e : api.get("/api/v1/events?limit=100&organiser=" + organiser + "&q=" + Api.query(title)).get("items")) {
            if (e.get("title").asText().equals(title)) {
                return e.get("id").asText();
            }
        }
        return null;
    }

    private String skaneDay(String fss, String kfsk) throws Exception {
        String existing = existingEvent(fss, SKANE_DAY);
        if (existing != null) {
            return existing;
        }
        LocalDate day = LocalDate.now(STOCKHOLM).plusWeeks(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        Map<String, Object> event = new HashMap<>();
        event.put("title", SKANE_DAY);
        event.put("theme", "Tillit och ledarskap i socialtjänsten");
        event.put("description", "En dag för 60 chefer inom socialtjänsten från de skånska kommunerna: att få diskutera "
                + "den egna ledarrollen – vad som krävs, vad som påverkar och vilka förutsättningar som behövs.");
        event.put("hostOrganisationId", fss);
        event.put("coHostOrganisationIds", List.of(kfsk));
        event.put("regionCode", "12");
        event.put("venue", Map.of("name", "Kommunförbundet Skåne", "address", "Gustav Adolfs torg 47", "city", "Lund"));
        event.put("startsAt", at(day, 9, 0));
        event.put("endsAt", at(day, 16, 0));
        event.put("capacity", 60);
        event.put("seatAllotments", List.of(allot("1280", 10), allot("1281", 6), allot("1283", 6), allot("1290", 4),
                allot("1286", 3)));
        event.put("audience", "Chefer inom socialtjänsten i Skånes kommuner");
        event.put("registrationOpensAt", OffsetDateTime.now(STOCKHOLM).minusDays(1).toString());
        event.put("registrationClosesAt", at(day.minusWeeks(1), 23, 59));
        event.put("resourceLinks", List.of(Map.of("title", "Videoklipp och intervjuer från dagen", "url",
                "https://kfsk.se/")));
        String id = api.post("/api/v1/events", event).get("id").asText();
        String sessions = "/api/v1/events/" + id + "/sessions";
        api.post(sessions, session("TALK", "Välkomna", day, 9, 0, 9, 30, List.of(Map.of("name", "Petra West Stenkvist",
                "affiliation", "FSS region Skåne")), List.of()));
        api.post(sessions, session("TALK", "Tillit och arbets- och organisationspsykologiska teorier om ledarskap", day, 9,
                30, 11, 0, List.of(Map.of("name", "Sara Henrysson Eidvall", "title",
                        "leg. psykolog, specialist i arbets- och organisationspsykologi")), List.of()));
        api.post(sessions, session("DIALOGUE", "Dialog om den egna ledarrollen", day, 11, 0, 12, 0, List.of(), List.of(
                "Vad är att göra ett bra jobb?",
                "Ledarskapet spelar roll, så hur utövar vi det?",
                "Leder vi med mål, visioner och värderingar?",
                "Att samarbeta är smart, men gör vi det alltid?",
                "Jobbar vi i team eller inte?",
                "Ledarskap och följarskap, med ömsesidig tillit, förutsätter varandra – hur värnar och värdesätter vi den relationen?",
                "Har vi och skapar vi förutsättningarna som behövs för att utöva ledarskap?")));
        api.post(sessions, session("BREAK", "Lunch", day, 12, 0, 13, 0, List.of(), List.of()));
        api.post(sessions, session("SCENARIO_CROSS_WORKSHOP", "Spaning och workshop om framtidens socialtjänst: "
                + "Scenariokorset", day, 13, 0, 15, 30, List.of(Map.of("name", "Ulf Johansson", "title", "professor",
                        "affiliation", "Företagsekonomiska institutionen, Lunds universitet")),
                List.of("Vilken är vår brinnande fråga?", "Vilka drivkrafter och trender påverkar den mest?")));
        api.post(sessions, session("NETWORKING", "Nätverkande och avslutning", day, 15, 30, 16, 0, List.of(), List.of()));
        api.post("/api/v1/events/" + id + "/publish", Map.of());
        return id;
    }

    private static Map<String, Object> allot(String code, int seats) {
        return Map.of("municipalityCode", code, "seats", seats);
    }

    private static Map<String, Object> session(String kind, String title, LocalDate day, int h1, int m1, int h2, int m2,
            List<Map<String, String>> speakers, List<String> questions) {
        return Map.of("kind", kind, "title", title, "startsAt", at(day, h1, m1), "endsAt", at(day, h2, m2),
                "speakers", speakers, "dialogueQuestions", questions);
    }

    private static String at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(STOCKHOLM).toOffsetDateTime().toString();
    }
}
