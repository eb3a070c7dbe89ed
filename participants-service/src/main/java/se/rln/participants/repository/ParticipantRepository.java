package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.rln.participants.model.Participant;

/** Participants, found within their municipality by HR id or e-mail. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public Optional<Participant> byExternalId(String municipality, String externalId) {
        return find("municipalityCode = ?1 and externalId = ?2", municipality, externalId).firstResultOptional();
    }

    /** The municipality's people with any of these HR ids or e-mail addresses (any case), in one query. */
    public List<Participant> ofMunicipality(String municipality, Collection<String> externalIds, Collection<String> emails) {
        return list("municipalityCode = ?1 and erasedAt is null and (externalId in ?2 or lower(email) in ?3)", municipality,
                externalIds.isEmpty() ? List.of("") : externalIds, emails.isEmpty() ? List.of("") : emails);
    }

    /**
     * The people matching any of {@code keys} (each a municipality with an HR id or an e-mail
     * address), erased people left out: what {@link #byExternalId} and {@link #byEmail} would find
     * for many people, in one statement (a person may come twice). Each key is a SELECT of its own
     * with equality on its unique index, joined by UNION ALL: PostgreSQL plans each as the single
     * look-up above, even with a plan cached while the table was small and never analysed since (a
     * join of the keys as arrays was cached as a hash join over every person).
     */
    @SuppressWarnings("unchecked")
    public List<Participant> matching(List<PersonKey> keys) {
        StringBuilder sql = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        for (PersonKey key : keys) {
            branch(sql, parameters, "lower(email)", key.municipality(), key.email().toLowerCase(Locale.ROOT));
            if (key.externalId() != null) {
                branch(sql, parameters, "external_id", key.municipality(), key.externalId());
            }
        }
        if (parameters.isEmpty()) {
            return List.of();
        }
        var query = getEntityManager().createNativeQuery(sql.toString(), Participant.class);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.getResultList();
    }

    private static void branch(StringBuilder sql, List<Object> parameters, String column, String municipality, String value) {
        if (!parameters.isEmpty()) {
            sql.append(" UNION ALL ");
        }
        sql.append("SELECT * FROM participant WHERE municipality_code = ?").append(parameters.size() + 1).append(" AND ")
                .append(column).append(" = ?").append(parameters.size() + 2).append(" AND erased_at IS NULL");
        parameters.add(municipality);
        parameters.add(value);
    }

    /** Whom to look for: a municipality's person by HR id (when given) or e-mail address. */
    public record PersonKey(String municipality, String externalId, String email) {
    }

    /** The people with these ids, by id, in one query. */
    public Map<UUID, Participant> byIds(Collection<UUID> ids) {
        Map<UUID, Participant> found = new HashMap<>();
        if (!ids.isEmpty()) {
            list("id in ?1", ids).forEach(p -> found.put(p.id, p));
        }
        return found;
    }

    /**
     * The municipality's person with this e-mail address, in any case. The address is lowercased
     * here, not by {@code lower(?)} in the query: a function of a parameter makes Hibernate
     * translate the query to SQL again on every call, the dearest part of a registration.
     */
    public Optional<Participant> byEmail(String municipality, String email) {
        return find("municipalityCode = ?1 and lower(email) = ?2 and erasedAt is null", municipality,
                email == null ? null : email.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /**
     * Up to {@code limit} people, longest inactive first, with no activity for {@code days} and no
     * registration on an event that ended within them: those the retention rule erases.
     */
    @SuppressWarnings("unchecked")
    public List<UUID> inactiveFor(int days, int limit) {
        return getEntityManager().createNativeQuery("""
                SELECT p.id FROM participant p
                WHERE p.erased_at IS NULL AND p.last_activity_at < now() - make_interval(days => ?1)
                  AND NOT EXISTS (SELECT 1 FROM registration r JOIN event_seats e ON e.event_id = r.event_id
                                  WHERE r.participant_id = p.id AND e.ends_at >= now() - make_interval(days => ?1))
                ORDER BY p.last_activity_at LIMIT ?2""", UUID.class).setParameter(1, days).setParameter(2, limit)
                .getResultList();
    }
}
