package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.reference.Municipality;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.ParticipationReport;

/**
 * Participation per municipality and per programme, from the seat ledger (counts only, no
 * names). A municipality sees its own lines; a coordinator those of events their organisation
 * (co-)hosts; an administrator all.
 */
@ApplicationScoped
public class ParticipationReports {

    static final int MAX_LINES = 5_000;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Municipalities municipalities;

    @Transactional
    public ParticipationReport report(String municipality, UUID programme, OffsetDateTime from, OffsetDateTime to) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        if (municipality != null && !municipalities.isMunicipality(municipality)) {
            throw ProblemException.invalid("municipality", "unknown municipality code " + municipality);
        }
        String scope = municipality;
        UUID organiser = null;
        if (caller.is(Roles.MUNICIPALITY) && !caller.admin()) {
            String own = caller.municipality().orElseThrow(() -> ProblemException.forbidden("the token carries no municipality"));
            if (municipality != null && !municipality.equals(own)) {
                throw ProblemException.forbidden("a municipality sees only its own participation");
            }
            scope = own;
        } else if (!caller.admin()) {
            organiser = caller.requireCoordinatorOrganisation();
        }
        if (scope == null && programme == null) {
            throw ProblemException.invalid("municipality", "give a municipality, a programme or both");
        }
        List<ParticipationReport.Line> lines = lines(scope, programme, organiser, from, to);
        return new ParticipationReport(scope, programme, from == null ? null : Times.local(from),
                to == null ? null : Times.local(to), totals(lines), lines);
    }

    @SuppressWarnings("unchecked")
    private List<ParticipationReport.Line> lines(String municipality, UUID programme, UUID organiser, OffsetDateTime from,
            OffsetDateTime to) {
        StringBuilder sql = new StringBuilder("""
                SELECT e.event_id, e.title, e.starts_at, e.status, e.programme_id, m.municipality_code, m.allotted,
                       m.confirmed, m.waitlisted, m.attended, m.no_show, m.cancelled
                FROM municipality_seats m JOIN event_seats e ON e.event_id = m.event_id
                WHERE e.status <> 'DRAFT'""");
        List<Object> params = new ArrayList<>();
        condition(sql, params, " AND m.municipality_code = ?", municipality);
        condition(sql, params, " AND e.programme_id = ?", programme);
        condition(sql, params, " AND e.organisers @> CAST(? AS jsonb)", organiser == null ? null : "[\"" + organiser + "\"]");
        condition(sql, params, " AND e.starts_at >= ?", from);
        condition(sql, params, " AND e.starts_at < ?", to);
        sql.append(" ORDER BY e.starts_at, e.event_id, m.municipality_code LIMIT ").append(MAX_LINES + 1);
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        List<Object[]> rows = query.getResultList();
        if (rows.size() > MAX_LINES) {
            throw ProblemException.invalid("from", "the report would have more than " + MAX_LINES
                    + " lines; narrow it with from and to");
        }
        return rows.stream().map(this::line).toList();
    }

    private static void condition(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null) {
            params.add(value);
            sql.append(clause.replace("?", "?" + params.size()));
        }
    }

    private ParticipationReport.Line line(Object[] r) {
        String code = (String) r[5];
        return new ParticipationReport.Line((UUID) r[0], (String) r[1], Times.local(time(r[2])), (String) r[3], (UUID) r[4],
                code, municipalities.municipality(code).map(Municipality::name).orElse(null), count(r[6]), count(r[7]),
                count(r[8]), count(r[9]), count(r[10]), count(r[11]));
    }

    private static ParticipationReport.Totals totals(List<ParticipationReport.Line> lines) {
        Set<UUID> events = new HashSet<>();
        Set<String> places = new HashSet<>();
        int confirmed = 0;
        int waitlisted = 0;
        int attended = 0;
        int noShow = 0;
        int cancelled = 0;
        for (ParticipationReport.Line l : lines) {
            events.add(l.eventId());
            places.add(l.municipalityCode());
            confirmed += l.confirmed();
            waitlisted += l.waitlisted();
            attended += l.attended();
            noShow += l.noShow();
            cancelled += l.cancelled();
        }
        Double rate = attended + noShow == 0 ? null : Math.round(1000.0 * attended / (attended + noShow)) / 1000.0;
        return new ParticipationReport.Totals(events.size(), places.size(), confirmed, waitlisted, attended, noShow,
                cancelled, rate);
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }

    private static OffsetDateTime time(Object value) {
        return value instanceof java.time.Instant i ? i.atOffset(java.time.ZoneOffset.UTC) : (OffsetDateTime) value;
    }
}
