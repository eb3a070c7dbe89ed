package se.rln.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import se.rln.commons.testing.TestTokens;
import se.rln.system.AuthorizationWorld.Relation;

/**
 * One valid request per operation of the suite, on the world's objects, so that whatever a
 * caller gets back is about who they are, never about a malformed request. Operations that
 * change an object for good (cancel, delete, erase) get a fresh object of the world per call.
 */
final class AuthorizationCalls {

    /** A request as one caller: method, path, body (JSON object or text), its media type, headers, token. */
    record Call(String method, String path, Object body, String contentType, Map<String, String> headers, String token) {
    }

    private final AuthorizationWorld world;
    private final Map<String, Function<Relation, Call>> calls = new HashMap<>();

    AuthorizationCalls(AuthorizationWorld world) {
        this.world = world;
        events();
        participants();
        programmes();
        workshops();
        passes();
        groups();
    }

    /** The call of {@code operation} ("GET /api/v1/…") as a caller in {@code relation}, or null if none is written. */
    Call call(String operation, Relation relation) {
        Function<Relation, Call> builder = calls.get(operation);
        return builder == null ? null : builder.apply(relation);
    }

    private void events() {
        AuthorizationWorld w = world;
        String e = "/api/v1/events/" + w.event;
        get("/api/v1/counties", "/api/v1/municipalities", "/api/v1/events", e, e + "/calendar.ics", e + "/outcomes",
                e + "/sessions", e + "/sessions/" + w.session, e + "/stats", "/api/v1/organisations",
                "/api/v1/organisations/" + w.host, "/api/v1/programmes", "/api/v1/programmes/" + w.programme,
                "/api/v1/programmes/" + w.programme + "/calendar.ics");
        on("POST /api/v1/events", r -> json("POST", "/api/v1/events", w.eventBody, r));
        on("PUT /api/v1/events/{id}", r -> json("PUT", e, w.eventBody, r, "If-Match", w.etag(admin(), e)));
        for (String action : List.of("cancel", "close-registration", "complete", "publish")) {
            on("POST /api/v1/events/{id}/" + action, r -> json("POST", "/api/v1/events/" + w.draft() + "/" + action, null, r));
        }
        on("POST /api/v1/events/{id}/sessions", r -> json("POST", e + "/sessions", w.sessionBody, r));
        on("PUT /api/v1/events/{id}/sessions/{sessionId}", r -> json("PUT", e + "/sessions/" + w.session, w.sessionBody, r,
                "If-Match", w.etag(admin(), e + "/sessions/" + w.session)));
        on("DELETE /api/v1/events/{id}/sessions/{sessionId}", r -> {
            String fresh = e + "/sessions/" + w.api(w.token(Relation.HOST)).body(w.sessionBody).post(e + "/sessions").then()
                    .statusCode(201).extract().path("id");
            return json("DELETE", fresh, null, r, "If-Match", w.etag(admin(), fresh));
        });
        on("POST /api/v1/organisations", r -> json("POST", "/api/v1/organisations",
                Map.of("name", "Organisation " + UUID.randomUUID(), "kind", "ASSOCIATION"), r));
        on("PUT /api/v1/organisations/{id}", r -> json("PUT", "/api/v1/organisations/" + w.host,
                Map.of("name", w.hostName, "kind", "ASSOCIATION"), r, "If-Match",
                w.etag(admin(), "/api/v1/organisations/" + w.host)));
        on("DELETE /api/v1/organisations/{id}", r -> json("DELETE", "/api/v1/organisations/" + w.api(admin())
                .body(Map.of("name", "Organisation " + UUID.randomUUID(), "kind", "ASSOCIATION"))
                .post("/api/v1/organisations").then().statusCode(201).extract().path("id"), null, r));
        on("POST /api/v1/programmes", r -> json("POST", "/api/v1/programmes", AuthorizationWorld.programmeBody(w.host), r));
        on("PUT /api/v1/programmes/{id}", r -> json("PUT", "/api/v1/programmes/" + w.programme,
                AuthorizationWorld.programmeBody(w.host), r, "If-Match", w.etag(admin(), "/api/v1/programmes/" + w.programme)));
        on("DELETE /api/v1/programmes/{id}", r -> json("DELETE", "/api/v1/programmes/" + w.api(w.token(Relation.HOST))
                .body(AuthorizationWorld.programmeBody(w.host)).post("/api/v1/programmes").then().statusCode(201)
                .extract().path("id"), null, r));
    }

    private void participants() {
        AuthorizationWorld w = world;
        String e = "/api/v1/events/" + w.event;
        String roster = e + "/municipalities/" + AuthorizationWorld.MALMO + "/roster";
        get(roster, e + "/registrations", e + "/attendance", "/api/v1/municipalities/" + AuthorizationWorld.MALMO + "/changes",
                "/api/v1/registrations/" + w.registration, "/api/v1/participants/" + w.person,
                "/api/v1/participants/" + w.person + "/export", "/api/v1/reports/participation");
        on("PUT /api/v1/events/{id}/municipalities/{code}/roster", r -> new Call("PUT", roster + "?dryRun=true",
                "externalId;givenName;familyName;email;title;managerLevel\r\nHR-1;Åsa;Öberg;asa.oberg@malmo.se;Enhetschef;FIRST_LINE\r\n",
                "text/csv; charset=UTF-8", Map.of(), w.token(r)));
        String hooks = "/api/v1/webhooks/" + w.webhook;
        get("/api/v1/webhooks", hooks, hooks + "/deliveries");
        on("POST /api/v1/webhooks", r -> json("POST", "/api/v1/webhooks", r == Relation.HOST || r == Relation.CO_HOST
                || r == Relation.OTHER_COORDINATOR ? Map.of("url", "http://127.0.0.1:9/hooks", "eventId", w.event)
                : Map.of("url", "http://127.0.0.1:9/hooks", "municipalityCode", AuthorizationWorld.MALMO), r));
        on("DELETE /api/v1/webhooks/{id}", r -> json("DELETE", "/api/v1/webhooks/" + w.webhook(), null, r));
        on("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", r -> json("POST", hooks + "/deliveries/"
                + w.webhookDelivery + "/redeliver", null, r));
        on("POST /api/v1/events/{id}/registrations", r -> json("POST", e + "/registrations",
                AuthorizationWorld.person("Sara", "Holm"), r));
        on("PUT /api/v1/events/{id}/attendance", r -> json("PUT", e + "/attendance",
                Map.of("records", List.of(Map.of("registrationId", w.registration, "attended", true))), r));
        on("PUT /api/v1/registrations/{id}/attendance", r -> json("PUT", "/api/v1/registrations/" + w.registration
                + "/attendance", Map.of("attended", true), r));
        on("DELETE /api/v1/registrations/{id}", r -> {
            UUID[] fresh = w.registered();
            return asPersonOf(json("DELETE", "/api/v1/registrations/" + fresh[0], null, r), r, fresh[1]);
        });
        on("DELETE /api/v1/participants/{id}", r -> {
            UUID[] fresh = w.registered();
            return asPersonOf(json("DELETE", "/api/v1/participants/" + fresh[1], null, r), r, fresh[1]);
        });
    }

    /** Cohorts, series, enrolments, completion and evaluations of the world's programme. */
    private void programmes() {
        AuthorizationWorld w = world;
        String p = "/api/v1/programmes/" + w.programme;
        String c = "/api/v1/cohorts/" + w.cohort;
        String day = "/api/v1/events/" + w.evaluatedDay;
        String roster = c + "/municipalities/" + AuthorizationWorld.MALMO + "/roster";
        get(p + "/cohorts", c, c + "/calendar.ics", c + "/enrolments", roster, "/api/v1/enrolments/" + w.enrolment,
                "/api/v1/enrolments/" + w.enrolment + "/certificate.pdf", day + "/evaluation", day + "/evaluation/results",
                p + "/evaluation/results");
        on("GET /api/v1/reports/completion", r -> json("GET", "/api/v1/reports/completion?programme=" + w.programme, null, r));
        on("POST /api/v1/programmes/{id}/cohorts", r -> json("POST", p + "/cohorts",
                Map.of("name", "Grupp " + UUID.randomUUID(), "capacity", 20), r));
        on("PUT /api/v1/cohorts/{id}", r -> json("PUT", c, Map.of("name", "Grupp 1", "capacity", 500), r, "If-Match",
                w.etag(admin(), c)));
        on("DELETE /api/v1/cohorts/{id}", r -> json("DELETE", "/api/v1/cohorts/" + w.emptyCohort(), null, r));
        on("POST /api/v1/cohorts/{id}/days", r -> json("POST", c + "/days", Map.of("dates",
                List.of(java.time.LocalDate.now().plusMonths(3).toString()), "startTime", "09:00", "endTime", "16:00",
                "regionCode", "12"), r));
        on("POST /api/v1/cohorts/{id}/enrolments", r -> json("POST", c + "/enrolments", AuthorizationWorld.person("Eva", "Holm"), r));
        on("PUT /api/v1/cohorts/{id}/municipalities/{code}/roster", r -> new Call("PUT", roster + "?dryRun=true",
                "externalId;givenName;familyName;email;title;managerLevel\r\nHR-1;Åsa;Öberg;asa.oberg@malmo.se;Enhetschef;FIRST_LINE\r\n",
                "text/csv; charset=UTF-8", Map.of(), w.token(r)));
        on("DELETE /api/v1/enrolments/{id}", r -> {
            UUID[] fresh = w.enrolled();
            return asPersonOf(json("DELETE", "/api/v1/enrolments/" + fresh[0], null, r), r, fresh[1]);
        });
        on("POST /api/v1/enrolments/{id}/move", r -> {
            UUID[] fresh = w.enrolled();
            return asPersonOf(json("POST", "/api/v1/enrolments/" + fresh[0] + "/move", Map.of("cohortId", w.secondCohort), r),
                    r, fresh[1]);
        });
        on("PUT /api/v1/events/{id}/evaluation", r -> json("PUT", day + "/evaluation", Map.of(), r));
        on("POST /api/v1/events/{id}/evaluation/answers", r -> json("POST", day + "/evaluation/answers",
                Map.of("answers", Map.of("q1", 5)), r));
    }

    private void workshops() {
        AuthorizationWorld w = world;
        String ws = "/api/v1/workshops/" + w.workshop;
        get("/api/v1/workshops", ws, ws + "/members", ws + "/groups", ws + "/results", ws + "/report.md", ws + "/stream");
        on("POST /api/v1/workshops", r -> json("POST", "/api/v1/workshops", Map.of("title", "Ett pass till",
                "eventId", w.event), r));
        on("PUT /api/v1/workshops/{id}/facilitators", r -> json("PUT", ws + "/facilitators",
                Map.of("facilitators", List.of(w.facilitatorSubject)), r));
        on("POST /api/v1/workshops/{id}/phase", r -> json("POST", ws + "/phase", Map.of("phase", "STRATEGIES"), r));
        on("POST /api/v1/workshops/{id}/members", r -> json("POST", ws + "/members", Map.of("participantId",
                UUID.randomUUID(), "municipalityCode", AuthorizationWorld.LUND, "groupId", w.group), r));
        on("PUT /api/v1/workshops/{id}/members/me", r -> json("PUT", ws + "/members/me", Map.of("displayName", "Annika"), r));
        on("POST /api/v1/workshops/{id}/groups", r -> json("POST", ws + "/groups", Map.of("name", "Bord 2"), r));
        on("POST /api/v1/workshops/{id}/groups/assignment", r -> json("POST", ws + "/groups/assignment",
                Map.of("groups", 1), r));
    }

    private void passes() {
        AuthorizationWorld w = world;
        String ws = "/api/v1/workshops/" + w.workshop;
        get(ws + "/passes");
        on("POST /api/v1/workshops/{id}/join-code", r -> json("POST", ws + "/join-code", null, r));
        on("GET /api/v1/workshops/{id}/join-code", r -> {
            w.joinCode();
            return json("GET", ws + "/join-code", null, r);
        });
        on("DELETE /api/v1/workshops/{id}/join-code", r -> json("DELETE", ws + "/join-code", null, r));
        on("POST /api/v1/workshops/{id}/view-link", r -> json("POST", ws + "/view-link", null, r));
        on("DELETE /api/v1/workshops/{id}/passes/{pass}", r -> json("DELETE", ws + "/passes/" + w.viewPass(), null, r));
        on("PUT /api/v1/workshops/{id}/timer", r -> json("PUT", ws + "/timer", Map.of("minutes", 10), r));
        on("DELETE /api/v1/workshops/{id}/timer", r -> json("DELETE", ws + "/timer", null, r));
        on("GET /api/v1/workshop-joins/{code}", r -> json("GET", "/api/v1/workshop-joins/" + w.joinCode(), null, r));
        on("GET /api/v1/workshop-joins/{code}/qr.svg", r -> json("GET", "/api/v1/workshop-joins/" + w.joinCode() + "/qr.svg",
                null, r));
        on("POST /api/v1/workshop-joins/{code}", r -> json("POST", "/api/v1/workshop-joins/" + w.joinCode(),
                Map.of("participantId", w.freshMember()), r));
    }

    private void groups() {
        AuthorizationWorld w = world;
        String g = "/api/v1/workshops/" + w.workshop + "/groups/" + w.group;
        get(g, g + "/axes/suggestion", g + "/cross.svg", g + "/drivers", g + "/drivers.svg", g + "/drivers/" + w.driver,
                g + "/scenarios", g + "/scenarios/NE", g + "/strategies", g + "/votes");
        on("PUT /api/v1/workshops/{id}/groups/{g}/axes", r -> json("PUT", g + "/axes", w.axes(), r));
        on("PUT /api/v1/workshops/{id}/groups/{g}/focal-question", r -> json("PUT", g + "/focal-question",
                Map.of("question", "Hur leder vi 2035?"), r));
        on("POST /api/v1/workshops/{id}/groups/{g}/drivers", r -> json("POST", g + "/drivers",
                Map.of("title", "Klimatanpassning", "category", "ENVIRONMENTAL"), r));
        on("PUT /api/v1/workshops/{id}/groups/{g}/drivers/{d}", r -> json("PUT", g + "/drivers/" + w.driver,
                Map.of("title", "Digitalisering", "category", "TECHNOLOGICAL"), r));
        on("POST /api/v1/workshops/{id}/groups/{g}/drivers/{d}/merge", r -> json("POST", g + "/drivers/" + w.driver
                + "/merge", Map.of("into", w.secondDriver), r));
        on("PUT /api/v1/workshops/{id}/groups/{g}/ratings", r -> json("PUT", g + "/ratings", Map.of("ratings",
                List.of(Map.of("driverId", w.driver, "impact", 3, "uncertainty", 3))), r));
        on("PUT /api/v1/workshops/{id}/groups/{g}/votes", r -> json("PUT", g + "/votes", Map.of("votes",
                List.of(Map.of("driverId", w.driver, "dots", 1))), r));
        on("POST /api/v1/workshops/{id}/groups/{g}/votes/reveal", r -> json("POST", g + "/votes/reveal", null, r));
        on("PUT /api/v1/workshops/{id}/groups/{g}/scenarios/{quadrant}", r -> json("PUT", g + "/scenarios/NE",
                Map.of("name", "Scenario NE", "narrative", "Så här blir det."), r, "If-Match",
                w.etag(w.facilitator, g + "/scenarios/NE")));
        on("POST /api/v1/workshops/{id}/groups/{g}/strategies", r -> json("POST", g + "/strategies",
                Map.of("title", "Mentorer för nya chefer"), r));
        on("PUT /api/v1/workshops/{id}/groups/{g}/strategies/{s}/assessment", r -> json("PUT", g + "/strategies/"
                + w.strategy + "/assessment", Map.of("verdicts", Map.of("NE", "HOLDS")), r));
    }

    /** GETs of concrete paths, registered under their template (ids become the template's names). */
    private void get(String... paths) {
        for (String path : paths) {
            on("GET " + template(path), r -> json("GET", path, null, r));
        }
    }

    /** The template of a concrete path of the world, e.g. /api/v1/events/{id}/sessions/{sessionId}. */
    private String template(String path) {
        AuthorizationWorld w = world;
        return path.replace(w.event.toString(), "{id}").replace(w.session.toString(), "{sessionId}")
                .replace(w.host.toString(), "{id}").replace(w.programme.toString(), "{id}")
                .replace(w.registration.toString(), "{id}").replace(w.person.toString(), "{id}")
                .replace(w.cohort.toString(), "{id}").replace(w.enrolment.toString(), "{id}")
                .replace(w.evaluatedDay.toString(), "{id}")
                .replace("municipalities/" + AuthorizationWorld.MALMO + "/", "municipalities/{code}/")
                .replace(w.workshop.toString(), "{id}").replace(w.webhook.toString(), "{id}").replace(w.group.toString(), "{g}")
                .replace(w.driver.toString(), "{d}").replace("/scenarios/NE", "/scenarios/{quadrant}");
    }

    private void on(String operation, Function<Relation, Call> builder) {
        calls.put(operation, builder);
    }

    private Call json(String method, String path, Object body, Relation r, String... headers) {
        Map<String, String> h = new HashMap<>();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            h.put(headers[i], headers[i + 1]);
        }
        return new Call(method, path, body, body == null ? null : "application/json", h, world.token(r));
    }

    /** For a fresh person, "the person" is that person. */
    private static Call asPersonOf(Call call, Relation r, UUID person) {
        return r != Relation.THE_PERSON ? call : new Call(call.method(), call.path(), call.body(), call.contentType(),
                call.headers(), TestTokens.participant(person, AuthorizationWorld.MALMO));
    }

    private String admin() {
        return world.token(Relation.ADMIN);
    }
}
