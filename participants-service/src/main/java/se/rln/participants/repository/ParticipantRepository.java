package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import se.rln.participants.mapping.RosterRow;
import se.rln.participants.model.Participant;

/** Participants, found within their municipality by HR id or e-mail. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public Optional<Participant> byExternalId(String municipality, String externalId) {
        return find("municipalityCode = ?1 and externalId = ?2", municipality, externalId).firstResultOptional();
    }

    /** The municipality's people a roster may refer to, by HR id or e-mail, in one query. */
    public List<Participant> ofMunicipality(String municipality, List<RosterRow> rows) {
        List<String> externalIds = rows.stream().filter(r -> r != null && r.externalId() != null).map(RosterRow::externalId)
                .toList();
        List<String> emails = rows.stream().filter(r -> r != null && r.email() != null)
                .map(r -> r.email().strip().toLowerCase(Locale.ROOT)).toList();
        return list("municipalityCode = ?1 and erasedAt is null and (externalId in ?2 or lower(email) in ?3)", municipality,
                externalIds.isEmpty() ? List.of("") : externalIds, emails.isEmpty() ? List.of("") : emails);
    }

    public Optional<Participant> byEmail(String municipality, String email) {
        return find("municipalityCode = ?1 and lower(email) = lower(?2) and erasedAt is null", municipality, email)
                .firstResultOptional();
    }
}
