package se.rln.scenario.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.rln.commons.rest.PageRequest;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.scenario.model.Workshop;

@ApplicationScoped
public class WorkshopRepository implements PanacheRepositoryBase<Workshop, UUID> {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The workshop, share-locked: input may go on in parallel, a phase change waits for it. */
    public Optional<Workshop> forInput(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    /** The workshop, locked for a change of phase or settings. */
    public Optional<Workshop> forChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Whether the event's session has its workshop already. */
    public Optional<Workshop> byJoinCode(String code) {
        return find("joinCode", code).firstResultOptional();
    }

    public boolean existsForSession(UUID eventId, UUID sessionId) {
        return count("eventId = ?1 and sessionId = ?2", eventId, sessionId) > 0;
    }

    public List<Workshop> ofEvent(UUID eventId) {
        return list("eventId = ?1 order by createdAt, id", eventId);
    }

    /**
     * A page in creation order of the workshops the caller has to do with (all for admins), of
     * one event or all.
     */
    @SuppressWarnings("unchecked")
    public List<Workshop> visiblePage(UUID eventId, Caller caller, PageRequest<OffsetDateTime> page) {
        StringBuilder sql = new StringBuilder("SELECT * FROM workshop w WHERE true");
        List<Object> params = new ArrayList<>();
        if (eventId != null) {
            params.add(eventId);
            sql.append(" AND w.event_id = ?").append(params.size());
        }
        Optional<UUID> pass = caller.uuidClaim("wid");
        if (pass.isPresent()) {
            // a workshop pass counts for its own workshop only
            params.add(pass.get());
            sql.append(" AND w.id = ?").append(params.size());
        }
        if (!caller.admin()) {
            List<String> mine = new ArrayList<>();
            if (caller.is(Roles.COORDINATOR) && caller.organisation().isPresent()) {
                params.add("[\"" + caller.organisation().get() + "\"]");
                mine.add("w.organisers @> CAST(?" + params.size() + " AS jsonb)");
            }
            if (caller.is(Roles.FACILITATOR)) {
                params.add(jsonString(caller.subject()));
                mine.add("w.facilitators @> CAST(?" + params.size() + " AS jsonb)");
            }
            if (caller.is(Roles.PARTICIPANT) && caller.participant().isPresent()) {
                params.add(caller.participant().get());
                mine.add("EXISTS (SELECT 1 FROM member m WHERE m.workshop_id = w.id AND m.active AND m.participant_id = ?"
                        + params.size() + ")");
            }
            sql.append(mine.isEmpty() ? " AND false" : " AND (" + String.join(" OR ", mine) + ")");
        }
        if (!page.first()) {
            params.add(page.after().value());
            params.add(page.after().id());
            sql.append(" AND (w.created_at, w.id) > (?").append(params.size() - 1).append(", ?").append(params.size())
                    .append(")");
        }
        sql.append(" ORDER BY w.created_at, w.id LIMIT ").append(page.limit() + 1);
        Query query = getEntityManager().createNativeQuery(sql.toString(), Workshop.class);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query.getResultList();
    }

    /** A one-element JSON array holding {@code value}, for jsonb containment. */
    private static String jsonString(String value) {
        try {
            return JSON.writeValueAsString(List.of(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
