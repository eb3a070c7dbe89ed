package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import se.rln.participants.model.Participant;

/** Participants, found within their municipality by HR id or e-mail. */
@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    public Optional<Participant> byExternalId(String municipality, String externalId) {
        return find("municipalityCode = ?1 and externalId = ?2", municipality, externalId).firstResultOptional();
    }

    public Optional<Participant> byEmail(String municipality, String email) {
        return find("municipalityCode = ?1 and lower(email) = lower(?2) and erasedAt is null", municipality, email)
                .firstResultOptional();
    }
}
