package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import se.rln.commons.database.GroupCommit;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.Cursor;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.PageRequest;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.RegistrationRequest;
import se.rln.participants.mapping.RegistrationView;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.Participant;
import se.rln.participants.model.Registration;
import se.rln.participants.model.RegistrationSource;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.repository.EventSeatsRepository;
import se.rln.participants.repository.ParticipantRepository;
import se.rln.participants.repository.RegistrationRepository;

/** Registering people on events, cancelling, reading. Seat decisions are the {@link SeatLedger}'s. */
@ApplicationScoped
public class RegistrationService {

    @Inject
    SeatLedger ledger;

    @Inject
    EventSeatsRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    ParticipantRepository participants;

    @Inject
    ParticipantDirectory directory;

    @Inject
    RegistrationAccess access;

    @Inject
    RegistrationViews mapper;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Inject
    GroupCommit groupCommit;

    /**
     * Registers one person. Registrations wait in this instance's line for their event's ledger
     * (arrival order, bounded wait) and are decided together, in arrival order, in one
     * transaction that locks each event's ledger once (group commit; under a rush over several
     * events, one transaction takes several ledgers, in one order); each keeps its own ledger
     * version, change-feed row, record and answer.
     */
    public IdempotencyKeys.Outcome<RegistrationView> register(UUID eventId, RegistrationRequest request, String idempotencyKey) {
        return groupCommit.submit(eventId, batchLookup, new Registering(eventId, request),
                () -> registerInTransaction(eventId, request, idempotencyKey));
    }

    /** What a batch's lookup needs of one registration. */
    private record Registering(UUID eventId, RegistrationRequest request) {
    }

    /** One instance for every registration, so that the group commit runs it once per batch. */
    private final GroupCommit.BatchLookup<Registering> batchLookup = this::lookUp;

    /**
     * What a batch of registrations needs, read once for all of them before the first: their
     * people (one query, not one each), their events' ledgers (locked in one statement, in the
     * batch's order), and how many waitlist positions each event's ledger may take at once should
     * they be waitlisted.
     */
    private void lookUp(List<Registering> batch) {
        directory.lookUp(batch.stream().map(r -> r.request().participant()).toList());
        ledger.lockAll(batch.stream().map(Registering::eventId).toList());
        batch.stream().collect(Collectors.groupingBy(Registering::eventId, Collectors.counting()))
                .forEach((eventId, placements) -> ledger.expect(eventId, placements.intValue()));
    }

    private IdempotencyKeys.Outcome<RegistrationView> registerInTransaction(UUID eventId, RegistrationRequest request,
            String idempotencyKey) {
        directory.requireMunicipality(request.participant().municipalityCode());
        SeatLedger.Locked locked = ledger.lock(eventId);
        EventSeats event = access.visibleEvent(locked.event());
        String municipality = request.participant().municipalityCode();
        access.mayRegister(locked, municipality);
        return idempotency.once("registrations:" + eventId + ":" + caller.subject(), idempotencyKey, request,
                RegistrationView.class, () -> {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    if (!event.open(now)) {
                        throw ProblemException.conflict("registration-closed", "registration for event " + eventId
                                + " is not open (status " + event.status + ", window " + event.registrationOpensAt + " – "
                                + event.registrationClosesAt + ")");
                    }
                    ParticipantDirectory.Upserted person = directory.upsert(request.participant(),
                            access.ownsPeopleOf(municipality));
                    Participant p = person.person();
                    // someone new to the directory holds no registration yet: no need to look
                    Registration existing = person.created() ? null : registrations.live(eventId, p.id).orElse(null);
                    if (existing != null) {
                        return mapper.view(existing, p);
                    }
                    Registration r = new Registration();
                    r.id = UUID.randomUUID();
                    r.eventId = eventId;
                    r.participantId = p.id;
                    r.municipalityCode = p.municipalityCode;
                    r.source = caller.is(Roles.MUNICIPALITY) ? RegistrationSource.MUNICIPAL_SYNC
                            : RegistrationSource.COORDINATOR;
                    r.registeredAt = now;
                    Long place = ledger.place(locked, r);
                    return mapper.view(r, p, place); // its rows go with the batch's, at commit
                });
    }

    @Transactional
    public RegistrationView cancel(UUID id) {
        Registration r = find(id);
        SeatLedger.Locked locked = ledger.lock(r.eventId);
        em.refresh(r);
        if (r.status == RegistrationStatus.CANCELLED) {
            return view(r);
        }
        if (!r.status.live()) {
            throw ProblemException.conflict("registration-final", "a registration marked " + r.status + " cannot be cancelled");
        }
        ledger.cancel(locked, r, access.cancellationBy(locked.event()));
        em.flush();
        return view(r);
    }

    @Transactional
    public RegistrationView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public Page<RegistrationView> list(UUID eventId, String municipality, RegistrationStatus status, PageRequest<OffsetDateTime> page) {
        String scope = scope(eventId, municipality);
        return page.page(registrations.page(eventId, scope != null ? scope : municipality, status, page), this::view,
                r -> new Cursor<>(r.registeredAt, r.id));
    }

    /** What {@link #list} pages through, whole: for a download. */
    @Transactional
    public List<RegistrationView> all(UUID eventId, String municipality, RegistrationStatus status) {
        String scope = scope(eventId, municipality);
        return views(eventId, registrations.all(eventId, scope != null ? scope : municipality, status));
    }

    /** The municipality the caller is limited to on the event (null for organisers); another one is refused. */
    private String scope(UUID eventId, String municipality) {
        EventSeats event = access.visibleEvent(events.findByIdOptional(eventId)
                .orElseThrow(() -> ProblemException.notFound("event", eventId)));
        String scope = access.municipalityScope(event);
        if (scope != null && municipality != null && !scope.equals(municipality)) {
            throw ProblemException.forbidden("a municipality sees only its own registrations");
        }
        return scope;
    }

    /** The live registrations of one municipality on an event: its current roster. */
    @Transactional
    public List<RegistrationView> roster(UUID eventId, String municipality) {
        EventSeats event = access.visibleEvent(events.findByIdOptional(eventId)
                .orElseThrow(() -> ProblemException.notFound("event", eventId)));
        access.mayReadRoster(event, municipality);
        return views(eventId, registrations.onRoster(eventId, municipality));
    }

    /** Views of many registrations of one event, people and waitlist places read once. */
    private List<RegistrationView> views(UUID eventId, List<Registration> list) {
        Map<UUID, Participant> people = new HashMap<>();
        participants.list("id in ?1", list.stream().map(r -> r.participantId).distinct().toList())
                .forEach(p -> people.put(p.id, p));
        Map<UUID, Long> places = new HashMap<>();
        long place = 0;
        for (Registration r : registrations.waitlist(eventId)) {
            place++;
            places.put(r.id, place);
        }
        return list.stream().map(r -> mapper.view(r, people.get(r.participantId), places.get(r.id))).toList();
    }

    private Registration find(UUID id) {
        Registration r = registrations.findById(id);
        EventSeats event = r == null ? null : events.findById(r.eventId);
        return access.visible(event, r, id);
    }

    private RegistrationView view(Registration r) {
        return mapper.view(r, participants.findById(r.participantId));
    }
}
