package se.rln.events.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import se.rln.events.model.AgendaSession;

/** Agenda sessions; always looked up within their event. */
@ApplicationScoped
public class AgendaSessionRepository implements PanacheRepositoryBase<AgendaSession, UUID> {

    public Optional<AgendaSession> findInEvent(UUID eventId, UUID sessionId) {
        return find("id = ?1 and event.id = ?2", sessionId, eventId).firstResultOptional();
    }
}
