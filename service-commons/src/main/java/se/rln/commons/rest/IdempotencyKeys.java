package se.rln.commons.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import se.rln.commons.problem.ProblemException;

/**
 * {@code Idempotency-Key} on creates: the first response for a (scope, key) is stored in the
 * same transaction as the creation and replayed for every retry.
 *
 * <p>The key row is inserted <em>before</em> the creation runs. A concurrent retry with the same
 * key blocks on that row's unique index until the first transaction ends, then replays its
 * stored response (or, if the first rolled back, performs the creation itself), so two
 * simultaneous retries never create twice.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern ACCEPTABLE = Pattern.compile("[\\x21-\\x7e]{1,200}");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /** Result of {@link #once}: the body and whether it is a replay of an earlier request. */
    public record Outcome<T>(T body, boolean replayed) {
    }

    /** Must run inside the transaction that performs {@code create}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Outcome<T> once(String scope, String key, Object request, Class<T> responseType, Supplier<T> create) {
        if (key == null) {
            return new Outcome<>(create.get(), false);
        }
        if (!ACCEPTABLE.matcher(key).matches()) {
            throw ProblemException.invalid(HEADER, "must be 1–200 visible ASCII characters");
        }
        String hash = hash(request);
        int claimed = em.createNativeQuery("""
                INSERT INTO idempotency_key (scope, idem_key, request_hash) VALUES (?1, ?2, ?3)
                ON CONFLICT DO NOTHING""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (claimed == 1) {
            T body = create.get();
            em.createNativeQuery("UPDATE idempotency_key SET response_status = 201, response_body = CAST(?1 AS jsonb) "
                    + "WHERE scope = ?2 AND idem_key = ?3")
                    .setParameter(1, write(body)).setParameter(2, scope).setParameter(3, key)
                    .executeUpdate();
            return new Outcome<>(body, false);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT request_hash, CAST(response_body AS text) FROM idempotency_key WHERE scope = ?1 AND idem_key = ?2")
                .setParameter(1, scope).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.unprocessable("idempotency-key-reused",
                    "this Idempotency-Key was already used with a different request body", List.of(
                            new se.rln.commons.problem.Violation(HEADER, "already used with a different request")));
        }
        try {
            return new Outcome<>(json.readValue((String) row[1], responseType), true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response cannot be read", e);
        }
    }

    /** Keys are kept for a day, long enough for any client's retries. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetOldKeys() {
        em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < now() - interval '24 hours'")
                .executeUpdate();
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }
}
