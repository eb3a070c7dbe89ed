package se.rln.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sandviken's programme as the seed tells it: every manager trained in salutogenic leadership in
 * three groups, full-day seminars at Västerbergs folkhögskola in Storvik over two terms. Each
 * group is a cohort with its days created as one series. With the runner's signing key,
 * Sandviken's HR system syncs its managers onto each cohort, and group 1's first day takes place
 * today: attendance marked, the day completed, its evaluation answered.
 */
final class DemoProgramme {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String SANDVIKEN = "2181";
    private static final int MANAGERS_PER_GROUP = 20;
    private static final List<String> GIVEN = List.of("Åsa", "Björn", "Märta", "Örjan", "Karin", "Jörgen", "Ylva", "Göran",
            "Lena", "Anders", "Sofia", "Håkan", "Ingrid", "Mats", "Eva", "Per", "Annika", "Stig", "Britt", "Nils");
    private static final List<String> FAMILY = List.of("Öhman", "Lindqvist", "Åström", "Norberg", "Lindgren", "Hägglund",
            "Persson", "Sjöberg", "Bergström", "Nilsson", "Ekman", "Wallin", "Forsberg");
    private static final List<String> TITLES = List.of("Rektor", "Enhetschef, hemtjänsten", "Avdelningschef, socialtjänsten",
            "Enhetschef, LSS", "Förskolechef", "Gatuchef");
    private static final List<String> TAKE_AWAY = List.of("Att fråga vad som ger energi, inte bara vad som tar den.",
            "KASAM: begriplighet, hanterbarhet och meningsfullhet i mitt team.", "Friskfaktorer på arbetsplatsträffen.",
            "Att leda med värderingarna, inte bara med målen.", "Mer uppskattning i vardagen.",
            "Samtalet med de andra cheferna i gruppen.");

    private final Api api;
    private final String keyFile;
    private final String issuer;

    DemoProgramme(Api api, String keyFile, String issuer) {
        this.api = api;
        this.keyFile = keyFile;
        this.issuer = issuer;
    }

    /** The programme and its cohorts (reused when they exist); answers SANDVIKEN_PROGRAMME and each SANDVIKEN_GROUP_n. */
    Map<String, String> load(String sandviken) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        String programme = programme(sandviken);
        out.put("SANDVIKEN_PROGRAMME", programme);
        Map<String, String> existing = new HashMap<>();
        for (JsonNode c : api.get("/api/v1/programmes/" + programme + "/cohorts")) {
            existing.put(c.get("name").asText(), c.get("id").asText());
        }
        LocalDate autumn = LocalDate.now(STOCKHOLM).plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        for (int group = 1; group <= 3; group++) {
            String name = "Grupp " + group;
            String cohort = existing.get(name);
            if (cohort == null) {
                cohort = api.post("/api/v1/programmes/" + programme + "/cohorts", Map.of("name", name, "capacity", 30,
                        "seatAllotments", List.of(Map.of("municipalityCode", SANDVIKEN, "seats", 30)))).get("id").asText();
                if (group == 1) {
                    firstDayToday(cohort);
                }
                // the rest of the two terms: every fourth week, each group a day after the one before
                series(cohort, autumn.plusDays(group - 1), group == 1 ? 3 : 4);
                if (keyFile != null) {
                    syncManagers(cohort, group);
                    if (group == 1) {
                        holdFirstDay(cohort);
                    }
                }
            }
            out.put("SANDVIKEN_GROUP_" + group, cohort);
        }
        return out;
    }

    private String programme(String sandviken) throws Exception {
        int year = LocalDate.now(STOCKHOLM).getYear();
        String title = "Salutogent ledarskap " + year + "/" + (year + 1) % 100;
        for (JsonNode p : api.get("/api/v1/programmes?limit=100&organiser=" + sandviken).get("items")) {
            if (p.get("title").asText().equals(title)) {
                return p.get("id").asText();
            }
        }
        return api.post("/api/v1/programmes", Map.of("title", title, "ownerOrganisationId", sandviken,
                "audience", "Alla chefer i Sandvikens kommun", "completionMinimumDays", 3,
                "description", "Samtliga chefer utbildas i salutogent ledarskap: heldagsseminarier i tre grupper under två "
                        + "terminer, med boken Salutogent ledarskap för hälsosam framgång. Genomfört med minst tre dagar."))
                .get("id").asText();
    }

    /** Group 1's first day is today, from a little before now until late evening, so that it can be held in the demo. */
    private void firstDayToday(String cohort) throws Exception {
        LocalTime start = LocalTime.now(STOCKHOLM).minusMinutes(30).truncatedTo(ChronoUnit.HOURS);
        if (start.isAfter(LocalTime.of(22, 0)) || start.isAfter(LocalTime.now(STOCKHOLM))) {
            start = LocalTime.MIDNIGHT;
        }
        Map<String, Object> day = common();
        day.put("dates", List.of(LocalDate.now(STOCKHOLM).toString()));
        day.put("startTime", start.toString());
        day.put("endTime", "23:59");
        day.put("theme", "Vad skapar hälsa i arbetet? Uppstartsdag");
        api.post("/api/v1/cohorts/" + cohort + "/days", day);
    }

    private void series(String cohort, LocalDate first, int count) throws Exception {
        Map<String, Object> days = common();
        days.put("rule", Map.of("firstDate", first.toString(), "everyWeeks", 4, "count", count));
        days.put("startTime", "08:30");
        days.put("endTime", "16:00");
        days.put("theme", "Vad skapar hälsa i arbetet?");
        days.put("agenda", List.of(
                item("TALK", "Salutogent ledarskap – känsla av sammanhang", "09:00", "10:30",
                        List.of(Map.of("name", "Anders Hanson", "affiliation", "Hälsopromotiongruppen")), List.of()),
                item("DIALOGUE", "Friskfaktorer på min arbetsplats", "10:45", "12:00", List.of(),
                        List.of("Vad ger dina medarbetare energi?", "Hur gör vi organisationens värderingar synliga i vardagen?")),
                item("BREAK", "Lunch", "12:00", "13:00", List.of(), List.of()),
                item("NETWORKING", "Erfarenhetsutbyte i gruppen", "13:00", "15:30", List.of(), List.of())));
        api.post("/api/v1/cohorts/" + cohort + "/days", days);
    }

    private static Map<String, Object> common() {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", "21");
        body.put("venue", Map.of("name", "Västerbergs folkhögskola", "address", "Västerberg", "city", "Storvik"));
        body.put("audience", "Alla chefer i Sandvikens kommun");
        body.put("publish", true);
        return body;
    }

    private static Map<String, Object> item(String kind, String title, String start, String end, List<Map<String, String>> speakers,
            List<String> questions) {
        return Map.of("kind", kind, "title", title, "startTime", start, "endTime", end, "speakers", speakers,
                "dialogueQuestions", questions);
    }

    /** Sandviken's HR system syncs the group's managers onto the cohort, as semicolon CSV. */
    private void syncManagers(String cohort, int group) throws Exception {
        StringBuilder csv = new StringBuilder("\uFEFFexternalId;givenName;familyName;email;title;managerLevel\n");
        for (int i = 0; i < MANAGERS_PER_GROUP; i++) {
            int n = (group - 1) * MANAGERS_PER_GROUP + i;
            String given = GIVEN.get(n % GIVEN.size());
            String family = FAMILY.get((n * 7 + group) % FAMILY.size());
            String email = (given + "." + family).toLowerCase(java.util.Locale.ROOT).replace('å', 'a').replace('ä', 'a')
                    .replace('ö', 'o') + (n + 1) + "@sandviken.se";
            csv.append("SBK-").append(n + 1).append(';').append(given).append(';').append(family).append(';').append(email)
                    .append(';').append(TITLES.get(n % TITLES.size())).append(';').append(i % 5 == 0 ? "MIDDLE" : "FIRST_LINE")
                    .append('\n');
        }
        Api hr = api.as(Tokens.mint(keyFile, issuer, "municipality:hr-" + SANDVIKEN + ":municipality=" + SANDVIKEN));
        String path = "/api/v1/cohorts/" + cohort + "/municipalities/" + SANDVIKEN + "/roster";
        org.awaitility.Awaitility.await("participants-service knows " + path).atMost(java.time.Duration.ofSeconds(30))
                .pollDelay(java.time.Duration.ZERO).pollInterval(java.time.Duration.ofMillis(200))
                .ignoreExceptionsMatching(e -> e.getMessage() != null && e.getMessage().contains("not-found"))
                .until(() -> hr.putCsv(path, csv.toString()).path("summary").path("added").asInt() > 0);
    }

    /** Group 1's first day held: 18 of 20 came, the day completed, 12 answered its evaluation. */
    private void holdFirstDay(String cohort) throws Exception {
        String day = api.get("/api/v1/cohorts/" + cohort).get("days").get(0).get("eventId").asText();
        JsonNode registrations = api.get("/api/v1/events/" + day + "/registrations?limit=100").get("items");
        List<Map<String, Object>> records = new ArrayList<>();
        List<String> present = new ArrayList<>();
        for (int i = 0; i < registrations.size(); i++) {
            boolean came = i % 10 != 3;
            records.add(Map.of("registrationId", registrations.get(i).get("id").asText(), "attended", came));
            if (came) {
                present.add(registrations.get(i).get("participant").get("id").asText());
            }
        }
        api.put("/api/v1/events/" + day + "/attendance", Map.of("records", records));
        api.post("/api/v1/events/" + day + "/complete", Map.of());
        org.awaitility.Awaitility.await("the first day completed in participants-service").atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> api.put("/api/v1/events/" + day + "/evaluation", Map.of()) != null);
        for (int i = 0; i < Math.min(12, present.size()); i++) {
            String pid = present.get(i);
            Api participant = api.as(Tokens.mint(keyFile, issuer, "participant:participant-" + pid + ":pid=" + pid
                    + ",municipality=" + SANDVIKEN));
            participant.post("/api/v1/events/" + day + "/evaluation/answers", Map.of("answers", Map.of(
                    "q1", 3 + i % 3, "q2", 2 + (i * 2) % 4, "q3", TAKE_AWAY.get(i % TAKE_AWAY.size()))));
        }
    }
}
