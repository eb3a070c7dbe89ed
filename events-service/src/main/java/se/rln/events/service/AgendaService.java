package se.rln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.ETags;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.security.Caller;
import se.rln.events.mapping.EventMapper;
import se.rln.events.mapping.SessionRequest;
import se.rln.events.mapping.SessionView;
import se.rln.events.messaging.outbound.EventJournal;
import se.rln.events.messaging.outbound.EventType;
import se.rln.events.model.AgendaSession;
import se.rln.events.model.Event;
import se.rln.events.repository.AgendaSessionRepository;
import se.rln.events.repository.EventRepository;

/**
 * The agenda of an event. Sessions belong to the event aggregate: each change bumps the
 * event's version and publishes its new snapshot ({@code event.updated}).
 */
@ApplicationScoped
public class AgendaService {

    @Inject
    EventRepository events;

    @Inject
    AgendaSessionRepository sessions;

    @Inject
    EventAccess access;

    @Inject
    EventValidation validation;

    @Inject
    EventJournal journal;

    @Inject
    EventMapper mapper;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Caller caller;

    @Transactional
    public List<SessionView> list(UUID eventId) {
        return access.visible(events.findById(eventId), eventId).sessions.stream().map(mapper::view).toList();
    }

    @Transactional
    public SessionView get(UUID eventId, UUID sessionId) {
        access.visible(events.findById(eventId), eventId);
        return mapper.view(find(eventId, sessionId));
    }

    @Transactional
    public IdempotencyKeys.Outcome<SessionView> create(UUID eventId, SessionRequest request, String idempotencyKey) {
        Event event = editable(eventId);
        return idempotency.once("sessions:create:" + eventId + ":" + caller.subject(), idempotencyKey, request,
                SessionView.class, () -> {
                    validation.check(request, event);
                    AgendaSession session = new AgendaSession();
                    session.id = UUID.randomUUID();
                    session.event = event;
                    apply(session, request);
                    sessions.persist(session);
                    event.sessions.add(session);
                    changed(event);
                    return mapper.view(session);
                });
    }

    @Transactional
    public SessionView update(UUID eventId, UUID sessionId, String ifMatch, SessionRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Event event = editable(eventId);
        AgendaSession session = find(eventId, sessionId);
        ETags.check(expected, session.version);
        validation.check(request, event);
        apply(session, request);
        changed(event);
        return mapper.view(session);
    }

    @Transactional
    public void delete(UUID eventId, UUID sessionId, String ifMatch) {
        Long expected = ETags.optionalVersion(ifMatch);
        Event event = editable(eventId);
        AgendaSession session = find(eventId, sessionId);
        ETags.check(expected, session.version);
        event.sessions.remove(session);
        sessions.delete(session);
        changed(event);
    }

    /** Sessions of a new event from a template, checked by the caller; the event's creation announces them. */
    @Transactional(Transactional.TxType.MANDATORY)
    void addAll(Event event, List<SessionRequest> template) {
        for (SessionRequest request : template) {
            AgendaSession session = new AgendaSession();
            session.id = UUID.randomUUID();
            session.event = event;
            apply(session, request);
            sessions.persist(session);
            event.sessions.add(session);
        }
    }

    private Event editable(UUID eventId) {
        Event event = access.changeable(events.findById(eventId), eventId);
        if (!event.status.editable()) {
            throw ProblemException.conflict("event-not-editable",
                    "the agenda of an event that is " + event.status + " cannot be changed");
        }
        return event;
    }

    private AgendaSession find(UUID eventId, UUID sessionId) {
        return sessions.findInEvent(eventId, sessionId)
                .orElseThrow(() -> ProblemException.notFound("session", sessionId));
    }

    private void changed(Event event) {
        event.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        journal.record(event, EventType.UPDATED);
    }

    private static void apply(AgendaSession s, SessionRequest r) {
        s.kind = r.kind();
        s.title = r.title().strip();
        s.description = r.description();
        s.startsAt = r.startsAt();
        s.endsAt = r.endsAt();
        s.room = r.room();
        s.parallelGroup = r.parallelGroup();
        s.speakers = r.speakers() == null ? new ArrayList<>() : new ArrayList<>(r.speakers());
        s.dialogueQuestions = r.dialogueQuestions() == null ? new ArrayList<>() : new ArrayList<>(r.dialogueQuestions());
    }
}
