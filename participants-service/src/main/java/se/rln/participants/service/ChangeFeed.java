package se.rln.participants.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.ChangeView;

/**
 * A municipality's feed of changes to its people's registrations (promotions, cancellations,
 * attendance), pulled with an opaque cursor. Changes are kept for a retention period; a cursor
 * from before it, or one this service never issued, answers 410 so the client resyncs.
 */
@ApplicationScoped
public class ChangeFeed {

    private static final String PREFIX = "c1:";

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @ConfigProperty(name = "rln.change-feed.retention-days", defaultValue = "90")
    int retentionDays;

    @Transactional
    public ChangeView changes(String municipality, String cursor, int limit) {
        boolean own = caller.is(Roles.MUNICIPALITY) && caller.municipality().map(municipality::equals).orElse(false);
        if (!own && !caller.admin()) {
            throw ProblemException.forbidden("a municipality reads only its own change feed");
        }
        long after = position(cursor);
        List<Object[]> rows = rows("c.municipality_code = ?1 AND c.seq > ?2", municipality, after, limit + 1);
        boolean more = rows.size() > limit;
        List<ChangeView.Change> items = new ArrayList<>();
        long last = after;
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            last = ((Number) row[0]).longValue();
            items.add(change(row));
        }
        return new ChangeView(items, encode(last), more);
    }

    /** Every change of one person still in the feed, oldest first (for their data export). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ChangeView.Change> ofParticipant(UUID participantId) {
        return rows("c.participant_id = ?1 AND c.seq > ?2", participantId, 0L, 10_000).stream().map(ChangeFeed::change)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String where, Object key, long after, int limit) {
        return em.createNativeQuery("""
                SELECT c.seq, c.event_id, c.registration_id, c.participant_id, p.external_id, c.change, c.status, c.occurred_at
                FROM registration_change c JOIN participant p ON p.id = c.participant_id
                WHERE\s""" + where + " ORDER BY c.seq LIMIT ?3").setParameter(1, key).setParameter(2, after)
                .setParameter(3, limit).getResultList();
    }

    private static ChangeView.Change change(Object[] row) {
        return new ChangeView.Change((UUID) row[1], (UUID) row[2], (UUID) row[3], (String) row[4], (String) row[5],
                (String) row[6], time(row[7]));
    }

    /** Drops changes past the retention and moves the horizon, so older cursors expire. */
    @Scheduled(every = "6h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void forgetOldChanges() {
        Object deletedUpTo = em.createNativeQuery("""
                WITH gone AS (DELETE FROM registration_change WHERE occurred_at < now() - make_interval(days => ?1)
                RETURNING seq) SELECT max(seq) FROM gone""").setParameter(1, retentionDays).getSingleResult();
        if (deletedUpTo != null) {
            em.createNativeQuery("UPDATE change_feed_horizon SET seq = greatest(seq, ?1) WHERE id = 1")
                    .setParameter(1, ((Number) deletedUpTo).longValue()).executeUpdate();
        }
    }

    private long position(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return horizon();
        }
        long seq;
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith(PREFIX)) {
                throw new IllegalArgumentException();
            }
            seq = Long.parseLong(decoded.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw gone("this cursor was not issued by this feed");
        }
        long issuedUpTo = ((Number) em.createNativeQuery("SELECT coalesce(max(seq), 0) FROM registration_change")
                .getSingleResult()).longValue();
        if (seq < horizon() || seq > Math.max(issuedUpTo, horizon())) {
            throw gone(seq < horizon() ? "this cursor has expired" : "this cursor was not issued by this feed");
        }
        return seq;
    }

    private long horizon() {
        return ((Number) em.createNativeQuery("SELECT seq FROM change_feed_horizon WHERE id = 1").getSingleResult()).longValue();
    }

    private static ProblemException gone(String why) {
        return new ProblemException(410, "cursor-gone", "Cursor gone", why
                + "; resync: GET the roster of each event, then read the feed again without a cursor", null);
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static OffsetDateTime time(Object value) {
        OffsetDateTime t = value instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC) : (OffsetDateTime) value;
        return Times.local(t);
    }
}
