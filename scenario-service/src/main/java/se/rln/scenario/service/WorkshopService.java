package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.Cursor;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.PageRequest;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.scenario.mapping.FacilitatorsRequest;
import se.rln.scenario.mapping.PhaseRequest;
import se.rln.scenario.mapping.WorkshopRequest;
import se.rln.scenario.mapping.WorkshopView;
import se.rln.scenario.messaging.outbound.WorkshopEvent;
import se.rln.scenario.messaging.outbound.WorkshopJournal;
import se.rln.scenario.model.EventReplica;
import se.rln.scenario.model.Phase;
import se.rln.scenario.model.Workshop;
import se.rln.scenario.repository.EventReplicaRepository;
import se.rln.scenario.repository.WorkshopRepository;

/** Workshops: creating (by hand or for an event's session), reading, moving through the phases. */
@ApplicationScoped
public class WorkshopService {

    @Inject
    WorkshopRepository workshops;

    @Inject
    EventReplicaRepository events;

    @Inject
    WorkshopContext context;


    @Inject
    PhaseGuards guards;

    @Inject
    MembershipService membership;

    @Inject
    WorkshopResults results;

    @Inject
    WorkshopViews mapper;

    @Inject
    WorkshopJournal journal;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Caller caller;


    @Transactional
    public IdempotencyKeys.Outcome<WorkshopView> create(WorkshopRequest request, String idempotencyKey) {
        return idempotency.once("workshops:create:" + caller.subject(), idempotencyKey, request, WorkshopView.class, () -> {
            List<UUID> organisers = new ArrayList<>();
            if (request.eventId() != null) {
                // Bound to an event: only its organisers (or an admin) create it, and name its facilitators.
                // Anyone else is refused alike whether the event exists or not.
                EventReplica event = events.findById(request.eventId());
                boolean known = event != null && event.status != null;
                boolean organiser = caller.is(Roles.COORDINATOR) && known
                        && caller.organisation().map(event.organisers::contains).orElse(false);
                if (!caller.admin() && !organiser) {
                    throw ProblemException.forbidden("a workshop for an event is created by that event's organisers (their "
                            + "coordinators), who then name its facilitators");
                }
                if (!known) {
                    throw ProblemException.invalid("eventId", "unknown event " + request.eventId());
                }
                organisers.addAll(event.organisers);
            } else if (caller.is(Roles.COORDINATOR)) {
                organisers.add(caller.requireCoordinatorOrganisation());
            }
            LinkedHashSet<String> facilitators = new LinkedHashSet<>();
            if (caller.is(Roles.FACILITATOR)) {
                facilitators.add(caller.subject());
            }
            if (request.facilitators() != null) {
                facilitators.addAll(request.facilitators());
            }
            Workshop w = newWorkshop(request.title(), request.eventId(), null, organisers, List.copyOf(facilitators),
                    request.dotBudget(), request.minRatings());
            return mapper.view(w);
        });
    }

    /**
     * The workshop of an event's scenario-cross session, created once however often the event is
     * published. The caller holds the event's replica lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensureForSession(EventReplica event, UUID sessionId, String title) {
        if (!workshops.existsForSession(event.eventId, sessionId)) {
            newWorkshop(title, event.eventId, sessionId, List.copyOf(event.organisers), List.of(), null, null);
        }
    }

    /** The event was cancelled: its workshops stop taking input. The caller holds the event's lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancelForEvent(UUID eventId) {
        for (Workshop w : workshops.ofEvent(eventId)) {
            if (w.cancelledAt == null && w.phase != Phase.COMPLETED) {
                w.cancelledAt = now();
                w.updatedAt = w.cancelledAt;
                workshops.flush();
                journal.record(new WorkshopEvent.Cancelled(w.id, eventId, w.version));
            }
        }
    }

    /** Keeps bound workshops' organisers in step with the event's. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void organisersChanged(EventReplica event) {
        for (Workshop w : workshops.ofEvent(event.eventId)) {
            if (!w.organisers.equals(event.organisers)) {
                w.organisers = new ArrayList<>(event.organisers);
            }
        }
    }

    /** Names the workshop's facilitators (the list replaces the one before). */
    @Transactional
    public WorkshopView nameFacilitators(UUID id, FacilitatorsRequest request) {
        Workshop w = context.organise(id);
        List<String> named = List.copyOf(new LinkedHashSet<>(request.facilitators()));
        if (!named.equals(w.facilitators)) {
            w.facilitators = new ArrayList<>(named);
            w.updatedAt = now();
            workshops.flush();
            journal.record(new WorkshopEvent.FacilitatorsChanged(w.id, named.size(), w.version));
        }
        return mapper.view(w);
    }

    @Transactional
    public WorkshopView get(UUID id) {
        return mapper.view(context.read(id));
    }

    @Transactional
    public Page<WorkshopView> list(UUID eventId, PageRequest<OffsetDateTime> page) {
        return page.page(workshops.visiblePage(eventId, caller, page), mapper::view,
                w -> new Cursor<>(w.createdAt, w.id));
    }

    @Transactional
    public WorkshopView advance(UUID id, PhaseRequest request) {
        Workshop w = context.facilitate(id, "moving on", Phase.values());
        Phase next = w.phase.next();
        if (request.phase() == w.phase) {
            return mapper.view(w);
        }
        Phase previous = w.phase.previous();
        boolean back = request.phase() == previous && w.phase != Phase.COMPLETED;
        if (request.phase() != next && !back) {
            throw new ProblemException(409, "wrong-phase", "Not the next phase", "the workshop is in phase " + w.phase
                    + (next == null ? " and has ended" : "; the next phase is " + next
                    + (previous == null ? "" : ", the one before " + previous)), null);
        }
        if (request.deadline() != null && !request.deadline().isAfter(OffsetDateTime.now())) {
            throw ProblemException.invalid("deadline", "must be in the future");
        }
        if (back) {
            // stepping back keeps everything written; the guards hold again on the way forward
            next = previous;
        } else {
            guards.check(w, next);
        }
        w.phase = next;
        w.phaseDeadline = request.deadline();
        w.updatedAt = now();
        workshops.flush();
        journal.record(new WorkshopEvent.PhaseChanged(w.id, w.phase, w.phaseDeadline, w.version));
        if (next == Phase.COMPLETED) {
            journal.record(results.outcome(w));
        }
        return mapper.view(w);
    }

    /**
     * The current phase's timer: ends {@code minutes} from now (starting or extending it), or
     * stops ({@code null}); every screen hears it as a phase change with the same phase.
     */
    @Transactional
    public WorkshopView timer(UUID id, Integer minutes) {
        Workshop w = context.facilitate(id, "the phase timer", Phase.values());
        if (w.phase == Phase.COMPLETED) {
            throw ProblemException.conflict("wrong-phase", "the workshop has ended; its phases have no timer");
        }
        w.phaseDeadline = minutes == null ? null : now().plusMinutes(minutes).withNano(0);
        w.updatedAt = now();
        workshops.flush();
        journal.record(new WorkshopEvent.PhaseChanged(w.id, w.phase, w.phaseDeadline, w.version));
        return mapper.view(w);
    }

    private Workshop newWorkshop(String title, UUID eventId, UUID sessionId, List<UUID> organisers, List<String> facilitators,
            Integer dotBudget, Integer minRatings) {
        Workshop w = new Workshop();
        w.id = UUID.randomUUID();
        w.title = title;
        w.eventId = eventId;
        w.sessionId = sessionId;
        w.organisers = new ArrayList<>(organisers);
        w.facilitators = new ArrayList<>(facilitators);
        w.phase = Phase.SETUP;
        w.dotBudget = dotBudget == null ? 5 : dotBudget;
        w.minRatings = minRatings == null ? 3 : minRatings;
        w.createdAt = now();
        w.updatedAt = w.createdAt;
        workshops.persist(w);
        workshops.flush();
        if (eventId != null) {
            membership.seatAttendees(w);
        }
        journal.record(new WorkshopEvent.Created(w.id, w.title, eventId, sessionId, w.version));
        return w;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
