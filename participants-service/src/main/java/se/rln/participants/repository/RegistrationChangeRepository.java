package se.rln.participants.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import se.rln.commons.database.CommitBatches;
import se.rln.participants.model.FeedPosition;

/**
 * The {@code registration_change} table behind the municipalities' change feeds (written by the
 * registration journal in the changing transaction) and its {@code change_feed_horizon}: the
 * position before the oldest change still kept.
 */
@ApplicationScoped
public class RegistrationChangeRepository {

    @Inject
    EntityManager em;

    @Inject
    CommitBatches batches;

    /** One change with its place in the feed and the person's HR id. */
    public record Entry(FeedPosition position, UUID eventId, UUID registrationId, UUID participantId, String externalId,
            String change, String status, OffsetDateTime occurredAt, UUID cohortId, UUID enrolmentId) {
    }

    /**
     * What a cursor is judged against: the horizon, the next transaction id not yet begun, and
     * the highest seq ever written.
     */
    public record Bounds(FeedPosition horizon, long nextTx, long lastSeq) {
    }

    /**
     * Appends a change to its municipality's feed, in the changing transaction (batched with the
     * transaction's other journal rows just before it commits).
     */
    public void append(String municipality, UUID eventId, UUID registrationId, UUID participantId, String change,
            String status, UUID cohortId, UUID enrolmentId) {
        batches.add("INSERT INTO registration_change (municipality_code, event_id, registration_id, participant_id, change, "
                + "status, cohort_id, enrolment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", municipality, eventId, registrationId,
                participantId, change, status, cohortId, enrolmentId);
    }

    /**
     * Up to {@code limit} of the municipality's changes after {@code after}, in feed order, from
     * transactions that no running transaction precedes (so none can appear behind them later).
     */
    @SuppressWarnings("unchecked")
    public List<Entry> after(String municipality, FeedPosition after, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(CAST(c.tx AS text) AS bigint), c.seq, c.event_id, c.registration_id, c.participant_id, p.external_id,
                       c.change, c.status, c.occurred_at, c.cohort_id, c.enrolment_id
                FROM registration_change c JOIN participant p ON p.id = c.participant_id
                WHERE c.municipality_code = ?1 AND (c.tx, c.seq) > (CAST(?2 AS xid8), ?3)
                  AND c.tx < pg_snapshot_xmin(pg_current_snapshot())
                ORDER BY c.tx, c.seq LIMIT ?4""").setParameter(1, municipality)
                .setParameter(2, Long.toString(after.tx())).setParameter(3, after.seq()).setParameter(4, limit).getResultList();
        return rows.stream().map(RegistrationChangeRepository::entry).toList();
    }

    /** Every change of one person still kept, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Entry> ofParticipant(UUID participantId) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST(CAST(c.tx AS text) AS bigint), c.seq, c.event_id, c.registration_id, c.participant_id, p.external_id,
                       c.change, c.status, c.occurred_at, c.cohort_id, c.enrolment_id
                FROM registration_change c JOIN participant p ON p.id = c.participant_id
                WHERE c.participant_id = ?1 ORDER BY c.tx, c.seq""").setParameter(1, participantId).getResultList();
        return rows.stream().map(RegistrationChangeRepository::entry).toList();
    }

    public Bounds bounds() {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT CAST(CAST(h.tx AS text) AS bigint), h.seq, CAST(CAST(pg_snapshot_xmax(pg_current_snapshot()) AS text) AS bigint),
                       (SELECT coalesce(max(seq), 0) FROM registration_change)
                FROM change_feed_horizon h WHERE h.id = 1""").getSingleResult();
        return new Bounds(new FeedPosition(((Number) row[0]).longValue(), ((Number) row[1]).longValue()),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }

    /** Drops the changes older than {@code days} and moves the horizon past them, so older cursors expire. */
    public void forgetOlderThan(int days) {
        em.createNativeQuery("""
                WITH gone AS (DELETE FROM registration_change WHERE occurred_at < now() - make_interval(days => ?1)
                              RETURNING tx, seq),
                     last AS (SELECT tx, seq FROM gone ORDER BY tx DESC, seq DESC LIMIT 1)
                UPDATE change_feed_horizon h SET tx = last.tx, seq = last.seq FROM last
                WHERE h.id = 1 AND (last.tx, last.seq) > (h.tx, h.seq)""").setParameter(1, days).executeUpdate();
    }

    private static Entry entry(Object[] r) {
        OffsetDateTime at = r[8] instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : (OffsetDateTime) r[8];
        return new Entry(new FeedPosition(((Number) r[0]).longValue(), ((Number) r[1]).longValue()), (UUID) r[2], (UUID) r[3],
                (UUID) r[4], (String) r[5], (String) r[6], (String) r[7], at, (UUID) r[9], (UUID) r[10]);
    }
}
