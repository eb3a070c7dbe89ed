package se.rln.participants.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
        FeedPosition after = position(cursor);
        List<Object[]> rows = rows(em.createNativeQuery("""
                SELECT CAST(CAST(c.tx AS text) AS bigint), c.seq, c.event_id, c.registration_id, c.participant_id, p.external_id, c.change,
                       c.status, c.occurred_at
                FROM registration_change c JOIN participant p ON p.id = c.participant_id
                WHERE c.municipality_code = ?1 AND (c.tx, c.seq) > (CAST(?2 AS xid8), ?3)
                  AND c.tx < pg_snapshot_xmin(pg_current_snapshot())
                ORDER BY c.tx, c.seq LIMIT ?4""").setParameter(1, municipality)
                .setParameter(2, Long.toString(after.tx())).setParameter(3, after.seq()).setParameter(4, limit + 1));
        boolean more = rows.size() > limit;
        List<ChangeView.Change> items = new ArrayList<>();
        FeedPosition last = after;
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            last = new FeedPosition(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            items.add(change(row, 2));
        }
        return new ChangeView(items, last.cursor(), more);
    }

    /** Every change of one person still in the feed, oldest first (for their data export). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ChangeView.Change> ofParticipant(UUID participantId) {
        List<Object[]> rows = rows(em.createNativeQuery("""
                SELECT c.event_id, c.registration_id, c.participant_id, p.external_id, c.change, c.status, c.occurred_at
                FROM registration_change c JOIN participant p ON p.id = c.participant_id
                WHERE c.participant_id = ?1 ORDER BY c.tx, c.seq""").setParameter(1, participantId));
        return rows.stream().map(row -> change(row, 0)).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static ChangeView.Change change(Object[] row, int from) {
        return new ChangeView.Change((UUID) row[from], (UUID) row[from + 1], (UUID) row[from + 2], (String) row[from + 3],
                (String) row[from + 4], (String) row[from + 5], time(row[from + 6]));
    }

    /** Drops changes past the retention and moves the horizon, so older cursors expire. */
    @Scheduled(every = "6h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void forgetOldChanges() {
        em.createNativeQuery("""
                WITH gone AS (DELETE FROM registration_change WHERE occurred_at < now() - make_interval(days => ?1)
                              RETURNING tx, seq),
                     last AS (SELECT tx, seq FROM gone ORDER BY tx DESC, seq DESC LIMIT 1)
                UPDATE change_feed_horizon h SET tx = last.tx, seq = last.seq FROM last
                WHERE h.id = 1 AND (last.tx, last.seq) > (h.tx, h.seq)""").setParameter(1, retentionDays).executeUpdate();
    }

    private FeedPosition position(String cursor) {
        Object[] bounds = (Object[]) em.createNativeQuery("""
                SELECT CAST(CAST(h.tx AS text) AS bigint), h.seq, CAST(CAST(pg_snapshot_xmax(pg_current_snapshot()) AS text) AS bigint),
                       (SELECT coalesce(max(seq), 0) FROM registration_change)
                FROM change_feed_horizon h WHERE h.id = 1""").getSingleResult();
        FeedPosition horizon = new FeedPosition(((Number) bounds[0]).longValue(), ((Number) bounds[1]).longValue());
        if (cursor == null || cursor.isBlank()) {
            return horizon;
        }
        FeedPosition p = FeedPosition.of(cursor).orElseThrow(() -> gone("this cursor was not issued by this feed"));
        if (p.compareTo(horizon) < 0) {
            throw gone("this cursor has expired");
        }
        long nextTx = ((Number) bounds[2]).longValue();
        long lastSeq = ((Number) bounds[3]).longValue();
        if (!p.equals(horizon) && (p.tx() >= nextTx || p.seq() > lastSeq)) {
            throw gone("this cursor was not issued by this feed");
        }
        return p;
    }

    private static ProblemException gone(String why) {
        return new ProblemException(410, "cursor-gone", "Cursor gone", why
                + "; resync: GET the roster of each event, then read the feed again without a cursor", null);
    }

    private static OffsetDateTime time(Object value) {
        OffsetDateTime t = value instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC) : (OffsetDateTime) value;
        return Times.local(t);
    }
}
