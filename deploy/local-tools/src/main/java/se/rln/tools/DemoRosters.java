package se.rln.tools;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Skåne municipalities' HR systems syncing their managers onto the Skåne day, as CSV with
 * semicolons the way Swedish spreadsheets write it. Syncing the same list again changes nothing.
 */
final class DemoRosters {

    /** Municipality code → how many of its managers attend. */
    static final Map<String, Integer> ATTENDING = Map.of("1280", 14, "1281", 8, "1283", 8, "1290", 5, "1286", 4);

    private static final List<String> GIVEN = List.of("Åsa", "Björn", "Märta", "Örjan", "Karin", "Jörgen", "Ylva",
            "Göran", "Lena", "Anders", "Sofia", "Håkan", "Ingrid", "Mats", "Eva", "Per");
    private static final List<String> FAMILY = List.of("Öberg", "Ljungqvist", "Åkesson", "Nordström", "Lindgren",
            "Håkansson", "Persson", "Sjöberg", "Bengtsson", "Nilsson", "Ekström", "Wallin");
    private static final List<String> TITLES = List.of("Enhetschef, individ- och familjeomsorgen", "Socialchef",
            "Avdelningschef, äldreomsorgen", "Enhetschef, LSS", "Biträdande enhetschef");
    private static final List<String> LEVELS = List.of("FIRST_LINE", "SENIOR", "MIDDLE", "FIRST_LINE", "ASPIRING");

    private DemoRosters() {
    }

    /** Each municipality's HR system syncs its own list with its own token (a municipality owns its people). */
    static int sync(Api api, String event, String keyFile, String issuer) throws Exception {
        int people = 0;
        for (var m : ATTENDING.entrySet()) {
            StringBuilder csv = new StringBuilder("\uFEFFexternalId;givenName;familyName;email;title;managerLevel\n");
            for (int i = 0; i < m.getValue(); i++) {
                int n = Integer.parseInt(m.getKey()) + i;
                String given = GIVEN.get(n % GIVEN.size());
                String family = FAMILY.get((n / 3) % FAMILY.size());
                csv.append("HR-").append(m.getKey()).append('-').append(i + 1).append(';').append(given).append(';')
                        .append(family).append(';').append(email(given, family, m.getKey(), i)).append(';')
                        .append(TITLES.get(i % TITLES.size())).append(';').append(LEVELS.get(i % LEVELS.size())).append('\n');
            }
            Api hr = api.as(Tokens.mint(keyFile, issuer, "municipality:hr-" + m.getKey() + ":municipality=" + m.getKey()));
            putWhenOpen(hr, "/api/v1/events/" + event + "/municipalities/" + m.getKey() + "/roster", csv.toString());
            people += m.getValue();
        }
        return people;
    }

    /**
     * participants-service learns of the event and its publication from Kafka, a moment after
     * events-service answered: until then the event is unknown there (404) or not open (409), so
     * try again for up to 30 s.
     */
    private static void putWhenOpen(Api api, String path, String csv) {
        org.awaitility.Awaitility.await("participants-service open for " + path).atMost(java.time.Duration.ofSeconds(30))
                .pollDelay(java.time.Duration.ZERO).pollInterval(java.time.Duration.ofMillis(200))
                .ignoreExceptionsMatching(e -> e.getMessage() != null && (e.getMessage().contains("registration-closed")
                        || e.getMessage().contains("not-found")))
                .until(() -> api.putCsv(path, csv) != null);
    }

    private static String email(String given, String family, String code, int i) {
        String ascii = (given + "." + family).toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
        return ascii + (i + 1) + "@kommun" + code + ".se";
    }
}
