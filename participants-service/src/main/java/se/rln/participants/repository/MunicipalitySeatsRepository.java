package se.rln.participants.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import se.rln.participants.model.MunicipalitySeats;

/** Per-municipality seats; changed only under the event's ledger lock. */
@ApplicationScoped
public class MunicipalitySeatsRepository implements PanacheRepositoryBase<MunicipalitySeats, MunicipalitySeats.Key> {

    public List<MunicipalitySeats> ofEvent(UUID eventId) {
        return list("eventId = ?1 order by municipalityCode", eventId);
    }
}
