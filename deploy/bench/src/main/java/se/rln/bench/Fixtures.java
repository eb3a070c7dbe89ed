package se.rln.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import se.rln.commons.testing.TestTokens;
import se.rln.tools.Api;

/** What the benchmarks register onto: a host organisation and published days, made through the gateway. */
final class Fixtures {

    final Api admin;
    final Api coordinator;
    final String host;

    Fixtures(String gateway) throws Exception {
        admin = new Api(gateway, TestTokens.admin());
        host = admin.post("/api/v1/organisations", Map.of("name", "Kommunförbundet Skåne " + UUID.randomUUID(), "kind",
                "ASSOCIATION", "countyCode", "12")).get("id").asText();
        coordinator = admin.as(TestTokens.coordinator(UUID.fromString(host)));
    }

    /** A published day with {@code capacity} seats, open for registration in participants-service. */
    String publishedDay(String title, int capacity, boolean workshop) throws Exception {
        OffsetDateTime day = OffsetDateTime.now().plusMonths(2).withNano(0);
        String id = coordinator.post("/api/v1/events", Map.of("title", title, "hostOrganisationId", host, "regionCode", "12",
                "startsAt", day.toString(), "endsAt", day.plusHours(7).toString(), "capacity", capacity,
                "registrationOpensAt", OffsetDateTime.now().minusDays(1).withNano(0).toString())).get("id").asText();
        if (workshop) {
            coordinator.post("/api/v1/events/" + id + "/sessions", Map.of("kind", "SCENARIO_CROSS_WORKSHOP", "title",
                    "Scenariokorset", "startsAt", day.plusHours(3).toString(), "endsAt", day.plusHours(6).toString(),
                    "speakers", List.of(), "dialogueQuestions", List.of()));
        }
        coordinator.post("/api/v1/events/" + id + "/publish", Map.of());
        Awaitility.await("participants-service has the published day").atMost(Duration.ofSeconds(30))
                .ignoreExceptions().until(() -> admin.as(TestTokens.municipality("1280"))
                        .get("/api/v1/events/" + id + "/registrations") != null);
        return id;
    }

    /** The event's seat statistics as events-service shows them. */
    JsonNode stats(String event) throws Exception {
        return coordinator.get("/api/v1/events/" + event + "/stats");
    }

    static String csv(String code, int rows, String tag) {
        StringBuilder csv = new StringBuilder("\uFEFFexternalId;givenName;familyName;email;title;managerLevel\n");
        String[] given = { "Åsa", "Örjan", "Märta", "Björn", "Ingrid" };
        String[] family = { "Öberg", "Ström", "Åkesson", "Lindqvist", "Nyström", "Hägg" };
        for (int i = 1; i <= rows; i++) {
            csv.append("HR-").append(code).append('-').append(tag).append('-').append(i).append(';')
                    .append(given[i % given.length]).append(';').append(family[(i / 7) % family.length]).append(';')
                    .append("chef.").append(tag).append('.').append(i).append("@kommun").append(code).append(".se;")
                    .append("Enhetschef;FIRST_LINE\n");
        }
        return csv.toString();
    }
}
