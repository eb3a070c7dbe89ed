package se.rln.system;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import se.rln.commons.testing.TestTokens;

/**
 * Everything the authorization matrix needs to exist, made through the gateway as its users
 * would: a host, a co-host and an unrelated organisation; a published Skåne-region day with a
 * session; a programme; a Malmö manager registered on the day; a workshop of the day run by a
 * named facilitator up to its strategies, with the manager in its one group; and a token for
 * every relation a caller can have to those objects.
 */
final class AuthorizationWorld {

    /** How a caller relates to the world's objects; the columns of the README's matrix, in order. */
    enum Relation {
        ANONYMOUS, ADMIN, HOST, CO_HOST, OTHER_COORDINATOR, OWN_MUNICIPALITY, OTHER_MUNICIPALITY, NAMED_FACILITATOR,
        UNNAMED_FACILITATOR, THE_PERSON, OTHER_PARTICIPANT
    }

    static final String MALMO = "1280";
    static final String LUND = "1281";

    final String gateway;
    final UUID host;
    final UUID coHost;
    final UUID other;
    final UUID event;
    final UUID session;
    final UUID programme;
    final UUID person;
    final UUID registration;
    final UUID workshop;
    final UUID group;
    final UUID driver;
    final UUID secondDriver;
    final UUID strategy;
    final UUID webhook;
    final UUID webhookDelivery;
    final UUID cohort;
    final UUID secondCohort;
    final UUID enrolment;
    final UUID evaluatedDay;
    final Map<String, Object> personBody;
    final String facilitator;
    final String facilitatorSubject;
    final String hostName;
    final Map<String, Object> eventBody;
    final Map<String, Object> sessionBody;
    private final Map<Relation, String> tokens = new HashMap<>();

    AuthorizationWorld(String gateway) {
        this.gateway = gateway;
        String admin = TestTokens.admin();
        String suffix = " " + UUID.randomUUID().toString().substring(0, 8);
        hostName = "FSS region Skåne" + suffix;
        host = id(api(admin).body(Map.of("name", hostName, "kind", "ASSOCIATION"))
                .post("/api/v1/organisations"), 201);
        coHost = id(api(admin).body(Map.of("name", "Kommunförbundet Skåne" + suffix, "kind", "ASSOCIATION"))
                .post("/api/v1/organisations"), 201);
        other = id(api(admin).body(Map.of("name", "Region Halland" + suffix, "kind", "REGION", "countyCode", "13"))
                .post("/api/v1/organisations"), 201);
        String hostToken = TestTokens.coordinator(host);
        eventBody = eventBody(host, coHost);
        event = id(api(hostToken).body(eventBody).post("/api/v1/events"), 201);
        OffsetDateTime start = OffsetDateTime.parse((String) eventBody.get("startsAt"));
        sessionBody = Map.of("kind", "TALK", "title", "Tillit och ledarskap", "startsAt", start.toString(), "endsAt",
                start.plusHours(1).toString());
        session = id(api(hostToken).body(sessionBody).post("/api/v1/events/{id}/sessions", event), 201);
        api(hostToken).post("/api/v1/events/{id}/publish", event).then().statusCode(200);
        programme = id(api(hostToken).body(programmeBody(host)).post("/api/v1/programmes"), 201);

        // the day's workshop, once scenario-service has heard of the day
        String key = "world-" + UUID.randomUUID();
        workshop = UUID.fromString(Awaitility.await("scenario-service knows the day").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(() -> api(hostToken).header("Idempotency-Key", key)
                        .body(Map.of("title", "Scenariokorset", "eventId", event, "minRatings", 1))
                        .post("/api/v1/workshops").then().extract(), r -> r.statusCode() == 201).path("id"));

        Awaitility.await("participants-service knows the day").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> api(hostToken).get("/api/v1/events/{id}/registrations", event).statusCode() == 200);
        webhook = webhook();
        personBody = person("Annika", "Lindqvist");
        var registered = api(TestTokens.municipality(MALMO)).body(personBody)
                .post("/api/v1/events/{id}/registrations", event).then().statusCode(201).extract();
        person = UUID.fromString(registered.path("participant.id"));
        registration = UUID.fromString(registered.path("id"));
        webhookDelivery = UUID.fromString(Awaitility.await("the registration's webhook delivery").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250)).until(() -> api(TestTokens.municipality(MALMO))
                        .get("/api/v1/webhooks/{id}/deliveries", webhook).then().statusCode(200).extract()
                        .<String>path("items[0].id"), java.util.Objects::nonNull));

        // the programme's cohorts, each with a published day to come, and the manager enrolled in the first
        cohort = cohort(hostToken, "Grupp 1");
        secondCohort = cohort(hostToken, "Grupp 2");
        enrolment = id(api(TestTokens.municipality(MALMO)).body(personBody).post("/api/v1/cohorts/{id}/enrolments", cohort), 201);
        // a day under way, the manager on it, its evaluation open
        evaluatedDay = dayUnderWay(hostToken);

        facilitatorSubject = "facilitator-" + UUID.randomUUID();
        facilitator = TestTokens.facilitator(facilitatorSubject);
        String w = "/api/v1/workshops/" + workshop;
        api(hostToken).body(Map.of("facilitators", List.of(facilitatorSubject))).put(w + "/facilitators").then()
                .statusCode(200);
        String me = TestTokens.participant(person, MALMO);
        Awaitility.await("the manager is a member of the workshop").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(() -> api(facilitator).get(w + "/members").then().extract()
                        .<List<String>>path("participantId").contains(person.toString()));
        group = UUID.fromString(api(facilitator).body(Map.of("groups", 1)).post(w + "/groups/assignment").then()
                .statusCode(200).extract().path("[0].id"));
        String g = w + "/groups/" + group;
        advance(w, "FOCAL_QUESTION");
        api(me).body(Map.of("question", "Hur leder vi socialtjänsten 2035?", "horizon", "2035")).put(g + "/focal-question")
                .then().statusCode(200);
        advance(w, "DRIVERS");
        driver = id(api(me).body(Map.of("title", "Digitalisering", "category", "TECHNOLOGICAL")).post(g + "/drivers"), 201);
        secondDriver = id(api(me).body(Map.of("title", "Kompetensförsörjning", "category", "ECONOMIC"))
                .post(g + "/drivers"), 201);
        advance(w, "RATING");
        api(me).body(Map.of("ratings", List.of(Map.of("driverId", driver, "impact", 5, "uncertainty", 5),
                Map.of("driverId", secondDriver, "impact", 4, "uncertainty", 4)))).put(g + "/ratings").then().statusCode(200);
        advance(w, "AXES");
        api(facilitator).body(axes()).put(g + "/axes").then().statusCode(200);
        advance(w, "SCENARIOS");
        for (String quadrant : List.of("NE", "NW", "SW", "SE")) {
            api(me).header("If-Match", etag(facilitator, g + "/scenarios/" + quadrant))
                    .body(Map.of("name", "Scenario " + quadrant, "narrative", "Så här blir det i " + quadrant + "."))
                    .put(g + "/scenarios/" + quadrant).then().statusCode(200);
        }
        advance(w, "STRATEGIES");
        strategy = id(api(me).body(Map.of("title", "Gemensam introduktion för nya chefer")).post(g + "/strategies"), 201);

        tokens.put(Relation.ADMIN, admin);
        tokens.put(Relation.HOST, hostToken);
        tokens.put(Relation.CO_HOST, TestTokens.coordinator(coHost));
        tokens.put(Relation.OTHER_COORDINATOR, TestTokens.coordinator(other));
        tokens.put(Relation.OWN_MUNICIPALITY, TestTokens.municipality(MALMO));
        tokens.put(Relation.OTHER_MUNICIPALITY, TestTokens.municipality(LUND));
        tokens.put(Relation.NAMED_FACILITATOR, facilitator);
        tokens.put(Relation.UNNAMED_FACILITATOR, TestTokens.facilitator());
        tokens.put(Relation.THE_PERSON, me);
        tokens.put(Relation.OTHER_PARTICIPANT, TestTokens.participant(UUID.randomUUID(), MALMO));
    }

    /** The caller's token for a relation to the world's objects (null: anonymous). */
    String token(Relation relation) {
        return tokens.get(relation);
    }

    RequestSpecification api(String token) {
        RequestSpecification r = given().baseUri(gateway).contentType("application/json");
        return token == null ? r : r.header("Authorization", "Bearer " + token);
    }

    /** A draft day of the world's host and co-host, for the operations that change a day for good. */
    UUID draft() {
        return id(api(token(Relation.HOST)).body(eventBody).post("/api/v1/events"), 201);
    }

    /** Another Malmö manager on the day, registered by Malmö; answers {registration id, participant id}. */
    UUID[] registered() {
        var r = api(token(Relation.OWN_MUNICIPALITY)).body(person("Per", "Nilsson")).post("/api/v1/events/{id}/registrations",
                event).then().statusCode(201).extract();
        return new UUID[] { UUID.fromString(r.path("id")), UUID.fromString(r.path("participant.id")) };
    }

    /** A cohort of the world's programme with one published day a month ahead, once participants-service knows both. */
    private UUID cohort(String hostToken, String name) {
        UUID id = id(api(hostToken).body(Map.of("name", name, "capacity", 500)).post("/api/v1/programmes/{id}/cohorts",
                programme), 201);
        String date = java.time.LocalDate.now().plusMonths(1).toString();
        UUID day = UUID.fromString(api(hostToken).body(Map.of("dates", List.of(date), "startTime", "09:00", "endTime", "16:00",
                "regionCode", "12", "publish", true)).post("/api/v1/cohorts/{id}/days", id).then().statusCode(201).extract()
                .path("days[0].id"));
        Awaitility.await("participants-service knows " + name).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> api(hostToken).get("/api/v1/cohorts/{id}/enrolments", id).statusCode() == 200
                        && api(hostToken).get("/api/v1/events/{id}/registrations", day).statusCode() == 200);
        return id;
    }

    /** A day that began an hour ago (registration open until its end), the manager on it, its evaluation open. */
    private UUID dayUnderWay(String hostToken) {
        Map<String, Object> body = new HashMap<>(eventBody);
        OffsetDateTime start = OffsetDateTime.now().minusHours(1).truncatedTo(ChronoUnit.SECONDS);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(7).toString());
        body.put("registrationClosesAt", start.plusHours(7).toString());
        UUID day = id(api(hostToken).body(body).post("/api/v1/events"), 201);
        api(hostToken).post("/api/v1/events/{id}/publish", day).then().statusCode(200);
        Awaitility.await("participants-service knows the day under way").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> api(hostToken).get("/api/v1/events/{id}/registrations", day).statusCode() == 200);
        api(TestTokens.municipality(MALMO)).body(personBody).post("/api/v1/events/{id}/registrations", day).then().statusCode(201);
        api(hostToken).body(Map.of()).put("/api/v1/events/{id}/evaluation", day).then().statusCode(200);
        return day;
    }

    /** Another Malmö manager enrolled in the first cohort by Malmö; answers {enrolment id, participant id}. */
    UUID[] enrolled() {
        var r = api(token(Relation.OWN_MUNICIPALITY)).body(person("Pia", "Nord")).post("/api/v1/cohorts/{id}/enrolments", cohort)
                .then().statusCode(201).extract();
        return new UUID[] { UUID.fromString(r.path("id")), UUID.fromString(r.path("participant.id")) };
    }

    /** A new cohort of the world's programme without days, for deleting. */
    UUID emptyCohort() {
        return id(api(token(Relation.HOST)).body(Map.of("name", "Grupp " + UUID.randomUUID(), "capacity", 10))
                .post("/api/v1/programmes/{id}/cohorts", programme), 201);
    }

    /** A Malmö subscription to a loopback receiver that is not there (its deliveries keep failing). */
    UUID webhook() {
        return UUID.fromString(api(TestTokens.municipality(MALMO)).body(Map.of("url", "http://127.0.0.1:9/hooks",
                "municipalityCode", MALMO)).post("/api/v1/webhooks").then().statusCode(201).extract().path("webhook.id"));
    }

    /** The world workshop's join code, opened by an admin when joining is closed. */
    String joinCode() {
        String ws = "/api/v1/workshops/" + workshop;
        var open = api(token(Relation.ADMIN)).get(ws + "/join-code");
        return open.statusCode() == 200 ? open.path("code")
                : api(token(Relation.ADMIN)).post(ws + "/join-code").then().statusCode(200).extract().path("code");
    }

    /** A projector pass of the world workshop, for revoking. */
    UUID viewPass() {
        return UUID.fromString(api(token(Relation.ADMIN)).post("/api/v1/workshops/{id}/view-link", workshop).then()
                .statusCode(201).extract().path("passId"));
    }

    /** A new member of the world workshop who has not joined from a phone yet. */
    UUID freshMember() {
        UUID person = UUID.randomUUID();
        api(token(Relation.ADMIN)).body(Map.of("participantId", person, "municipalityCode", LUND, "displayName", "Lina"))
                .post("/api/v1/workshops/{id}/members", workshop).then().statusCode(200);
        return person;
    }

    String etag(String token, String path) {
        return api(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    static Map<String, Object> person(String given, String family) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return Map.of("participant", Map.of("externalId", "HR-" + unique, "givenName", given, "familyName", family,
                "email", (given + "." + family + "." + unique + "@malmo.se").toLowerCase(), "title", "Enhetschef",
                "managerLevel", "FIRST_LINE", "municipalityCode", MALMO));
    }

    static Map<String, Object> programmeBody(UUID owner) {
        return Map.of("title", "Salutogent ledarskap", "audience", "Alla chefer", "ownerOrganisationId", owner);
    }

    Map<String, Object> axes() {
        return Map.of("horizontal", Map.of("driverId", driver, "lowPole", "Analog", "highPole", "Digital"),
                "vertical", Map.of("driverId", secondDriver, "lowPole", "Brist", "highPole", "Tillgång"));
    }

    private void advance(String workshopPath, String phase) {
        api(facilitator).body(Map.of("phase", phase)).post(workshopPath + "/phase").then().statusCode(200);
    }

    private static Map<String, Object> eventBody(UUID host, UUID coHost) {
        OffsetDateTime day = OffsetDateTime.now().plusMonths(2).truncatedTo(ChronoUnit.DAYS).plusHours(8);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Mobilisera för framtiden – ledarskapets betydelse");
        body.put("hostOrganisationId", host.toString());
        body.put("coHostOrganisationIds", List.of(coHost.toString()));
        body.put("regionCode", "12");
        body.put("startsAt", day.toString());
        body.put("endsAt", day.plusHours(7).toString());
        body.put("capacity", 200);
        return body;
    }

    private static UUID id(io.restassured.response.Response response, int status) {
        return UUID.fromString(response.then().statusCode(status).extract().path("id"));
    }
}
