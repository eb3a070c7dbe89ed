package se.rln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.ETags;
import se.rln.events.mapping.EventMapper;
import se.rln.events.mapping.EventView;
import se.rln.events.messaging.outbound.EventJournal;
import se.rln.events.messaging.outbound.EventType;
import se.rln.events.model.Event;
import se.rln.events.model.EventStatus;
import se.rln.events.repository.EventRepository;

/**
 * Moves events through DRAFT → PUBLISHED → REGISTRATION_CLOSED → COMPLETED, or to CANCELLED.
 * Repeating a transition that already happened answers the current state and emits nothing,
 * so clients may retry safely.
 */
@ApplicationScoped
public class EventLifecycle {

    @Inject
    EventRepository events;

    @Inject
    EventAccess access;

    @Inject
    EventJournal journal;

    @Inject
    EventMapper mapper;

    Clock clock = Clock.systemUTC();

    @Transactional
    public EventView publish(UUID id, String ifMatch) {
        return transition(id, ifMatch, EventStatus.PUBLISHED, null);
    }

    @Transactional
    public EventView closeRegistration(UUID id, String ifMatch) {
        return transition(id, ifMatch, EventStatus.REGISTRATION_CLOSED, null);
    }

    @Transactional
    public EventView complete(UUID id, String ifMatch) {
        return transition(id, ifMatch, EventStatus.COMPLETED, null);
    }

    @Transactional
    public EventView cancel(UUID id, String ifMatch, String reason) {
        return transition(id, ifMatch, EventStatus.CANCELLED, reason);
    }

    private EventView transition(UUID id, String ifMatch, EventStatus target, String reason) {
        Long expected = ETags.optionalVersion(ifMatch);
        Event event = target == EventStatus.CANCELLED ? access.hosted(events.findById(id), id, "cancel")
                : access.changeable(events.findById(id), id);
        if (event.status == target) {
            return mapper.view(event);
        }
        ETags.check(expected, event.version);
        if (!target.allowedFrom().contains(event.status)) {
            throw ProblemException.conflict("invalid-transition",
                    "an event that is " + event.status + " cannot become " + target + "; allowed from " + target.allowedFrom());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (target == EventStatus.PUBLISHED && !event.endsAt.isAfter(now)) {
            throw ProblemException.conflict("event-in-past", "an event that has already ended cannot be published");
        }
        if (target == EventStatus.COMPLETED && event.startsAt.isAfter(now)) {
            throw ProblemException.conflict("event-not-started", "an event can be completed only once it has started ("
                    + event.startsAt + ")");
        }
        event.status = target;
        if (target == EventStatus.CANCELLED) {
            event.cancellationReason = reason;
        }
        event.updatedAt = now.withOffsetSameInstant(ZoneOffset.UTC);
        return journal.record(event, switch (target) {
            case PUBLISHED -> EventType.PUBLISHED;
            case REGISTRATION_CLOSED -> EventType.REGISTRATION_CLOSED;
            case COMPLETED -> EventType.COMPLETED;
            case CANCELLED -> EventType.CANCELLED;
            case DRAFT -> throw new IllegalStateException("no transition into DRAFT");
        });
    }
}
