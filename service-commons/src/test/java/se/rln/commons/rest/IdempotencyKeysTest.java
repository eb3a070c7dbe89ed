package se.rln.commons.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.rln.commons.fixture.NoteResource;

/** Idempotency-Key on a real database: retries replay, a reused key is refused, racing retries create once. */
@QuarkusTest
class IdempotencyKeysTest {

    /** The two callers run at once on threads of their own (the common pool may have a single thread on 2 cores). */
    private final ExecutorService callers = Executors.newFixedThreadPool(2);

    private static final String NOTES = "/fixture/notes";

    private static Response create(String key, String text) {
        return given().header(IdempotencyKeys.HEADER, key).contentType("application/json")
                .body("{\"text\": \"" + text + "\"}").post(NOTES);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyReplaysTheFirstAnswerAndCreatesNothing() throws Exception {
        String key = "hr-sync-" + UUID.randomUUID();
        Response first = create(key, "Ledardag i Hässleholm");
        first.then().statusCode(201).header("Idempotent-Replayed", "false");
        Response retry = create(key, "Ledardag i Hässleholm");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id"))).body("text", equalTo("Ledardag i Hässleholm"));
        assertEquals(1, notes("Ledardag i Hässleholm"));
    }

    @Test
    void aKeyReusedForAnotherBodyIsRefusedNamingTheHeader() throws Exception {
        String key = "hr-sync-" + UUID.randomUUID();
        create(key, "Dialogfrågor").then().statusCode(201);
        create(key, "Något annat").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:rln:problem:idempotency-key-reused"))
                .body("violations[0].field", equalTo(IdempotencyKeys.HEADER));
        assertEquals(0, notes("Något annat"));
    }

    @Test
    void aKeyThatIsNotVisibleAsciiIsABadRequest() {
        create("två ord", "Scenariokorset").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(IdempotencyKeys.HEADER))
                .body("violations[0].message", equalTo("must be 1–200 visible ASCII characters"));
        create("k".repeat(201), "Scenariokorset").then().statusCode(400)
                .body("violations[0].field", equalTo(IdempotencyKeys.HEADER));
    }

    @Test
    void twoRetriesAtOnceCreateOnceAndBothGetTheSameAnswer() throws Exception {
        String key = "hr-sync-" + UUID.randomUUID();
        String text = "Samtidiga försök " + key;
        NoteResource.hold = new CountDownLatch(1);
        NoteResource.holding = new CountDownLatch(1);
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> given()
                .header(IdempotencyKeys.HEADER, key).queryParam("hold", true).contentType("application/json")
                .body("{\"text\": \"" + text + "\"}").post(NOTES), callers);
        // the first holds its key row inside its transaction; the retry waits on that row's unique index
        assertTrue(NoteResource.holding.await(10, TimeUnit.SECONDS), "the first creation began");
        CompletableFuture<Response> retry = CompletableFuture.supplyAsync(() -> create(key, text), callers);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnALock() >= 1);
        NoteResource.hold.countDown();
        Response a = first.get();
        Response b = retry.get();
        a.then().statusCode(201);
        b.then().statusCode(201).body("id", equalTo(a.path("id")));
        assertEquals(1, notes(text));
        assertEquals(1, keyRows(key));
    }

    private static long notes(String text) throws Exception {
        return count("SELECT count(*) FROM note WHERE text = ?", text);
    }

    private static long keyRows(String key) throws Exception {
        return count("SELECT count(*) FROM idempotency_key WHERE idem_key = ?", key);
    }

    private static long waitingOnALock() throws Exception {
        return count("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE ?",
                "%idempotency_key%");
    }

    private static long count(String sql, String parameter) throws Exception {
        try (Connection c = DriverManager.getConnection(System.getProperty("rln.test.jdbc-url"), "postgres", "");
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
