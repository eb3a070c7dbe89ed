package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import se.rln.participants.model.MunicipalitySeats;

/** Per-municipality seats; changed only under the event's ledger lock. */
@ApplicationScoped
public class MunicipalitySeatsRepository implements PanacheRepositoryBase<MunicipalitySeats, MunicipalitySeats.Key> {

    /** Which lines a participation report holds; a {@code null} part does not narrow it. */
    public record Scope(String municipality, UUID programme, UUID organiser, OffsetDateTime from, OffsetDateTime to) {
    }

    /** One municipality's seats on one published (or later) event. */
    public record Participation(UUID eventId, String title, OffsetDateTime startsAt, String status, UUID programmeId,
            String municipalityCode, int allotted, int confirmed, int waitlisted, int attended, int noShow, int cancelled) {
    }

    public List<MunicipalitySeats> ofEvent(UUID eventId) {
        return list("eventId = ?1 order by municipalityCode", eventId);
    }

    /** The municipalities' seats of several events, by event and municipality. */
    public List<MunicipalitySeats> ofEvents(Collection<UUID> eventIds) {
        return list("eventId in ?1 order by eventId, municipalityCode", eventIds);
    }

    /**
     * Up to {@code limit} lines of the scope, by event start, event and municipality; drafts are
     * never counted.
     */
    @SuppressWarnings("unchecked")
    public List<Participation> participation(Scope scope, int limit) {
        StringBuilder sql = new StringBuilder("""
                SELECT e.event_id, e.title, e.starts_at, e.status, e.programme_id, m.municipality_code, m.allotted,
                       m.confirmed, m.waitlisted, m.attended, m.no_show, m.cancelled
                FROM municipality_seats m JOIN event_seats e ON e.event_id = m.event_id
                WHERE e.status <> 'DRAFT'""");
        List<Object> params = new ArrayList<>();
        condition(sql, params, " AND m.municipality_code = ?", scope.municipality());
        condition(sql, params, " AND e.programme_id = ?", scope.programme());
        condition(sql, params, " AND e.organisers @> CAST(? AS jsonb)",
                scope.organiser() == null ? null : "[\"" + scope.organiser() + "\"]");
        condition(sql, params, " AND e.starts_at >= ?", scope.from());
        condition(sql, params, " AND e.starts_at < ?", scope.to());
        sql.append(" ORDER BY e.starts_at, e.event_id, m.municipality_code LIMIT ").append(limit);
        Query query = getEntityManager().createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(MunicipalitySeatsRepository::participation).toList();
    }

    private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null) {
            params.add(value);
            sql.append(clause.replace("?", "?" + params.size()));
        }
    }

    private static Participation participation(Object[] r) {
        OffsetDateTime startsAt = r[2] instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : (OffsetDateTime) r[2];
        return new Participation((UUID) r[0], (String) r[1], startsAt, (String) r[3], (UUID) r[4], (String) r[5], count(r[6]),
                count(r[7]), count(r[8]), count(r[9]), count(r[10]), count(r[11]));
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }
}
