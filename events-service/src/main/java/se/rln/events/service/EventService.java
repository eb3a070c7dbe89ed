package se.rln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.problem.Violation;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.reference.Municipality;
import se.rln.commons.rest.Cursor;
import se.rln.commons.rest.ETags;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.PageRequest;
import se.rln.commons.security.Caller;
import se.rln.events.mapping.EventMapper;
import se.rln.events.mapping.EventRequest;
import se.rln.events.mapping.EventView;
import se.rln.events.mapping.SessionRequest;
import se.rln.events.messaging.outbound.EventJournal;
import se.rln.events.messaging.outbound.EventType;
import se.rln.events.model.Cohort;
import se.rln.events.model.Event;
import se.rln.events.model.EventStatus;
import se.rln.events.model.OverbookingPolicy;
import se.rln.events.model.SeatAllotment;
import se.rln.events.model.SeatStatistics;
import se.rln.events.model.Venue;
import se.rln.events.repository.CohortRepository;
import se.rln.events.repository.EventFilter;
import se.rln.events.repository.EventRepository;
import se.rln.events.repository.SeatStatisticsRepository;

/** Creating, changing, reading and listing events. Lifecycle transitions are in {@link EventLifecycle}. */
@ApplicationScoped
public class EventService {

    @Inject
    EventRepository events;

    @Inject
    EventValidation validation;

    @Inject
    SeatStatisticsRepository statistics;

    @Inject
    EventAccess access;

    @Inject
    EventJournal journal;

    @Inject
    AgendaService agendaSessions;

    @Inject
    CohortRepository cohorts;

    @Inject
    EventMapper mapper;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Municipalities municipalities;

    @Inject
    Caller caller;

    /** Query of the event list, as the client wrote it. */
    public record ListQuery(String region, String municipality, UUID organiser, UUID programme, EventStatus status,
            OffsetDateTime from, OffsetDateTime to, String text) {
    }

    @Transactional
    public IdempotencyKeys.Outcome<EventView> create(EventRequest request, String idempotencyKey) {
        access.mayHost(request.hostOrganisationId());
        return idempotency.once("events:create:" + caller.subject(), idempotencyKey, request, EventView.class, () -> {
            validation.check(request, List.of());
            Event event = new Event();
            event.id = UUID.randomUUID();
            event.status = EventStatus.DRAFT;
            event.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
            apply(event, request);
            events.persist(event);
            return journal.record(event, EventType.CREATED);
        });
    }

    /**
     * A new day of a cohort ({@link CohortSeries}): checked, stored with its agenda and announced
     * as one {@code event.created}; published at once when asked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    EventView createDay(EventRequest request, UUID cohortId, List<SessionRequest> agenda, boolean publish) {
        validation.check(request, List.of());
        Event event = new Event();
        event.id = UUID.randomUUID();
        event.status = EventStatus.DRAFT;
        event.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        apply(event, request);
        event.cohortId = cohortId;
        events.persist(event);
        agendaSessions.addAll(event, agenda);
        EventView view = journal.record(event, EventType.CREATED);
        if (publish) {
            event.status = EventStatus.PUBLISHED;
            event.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
            view = journal.record(event, EventType.PUBLISHED);
        }
        return view;
    }

    @Transactional
    public EventView update(UUID id, String ifMatch, EventRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Event event = access.changeable(events.findById(id), id);
        ETags.check(expected, event.version);
        if (!event.status.editable()) {
            throw ProblemException.conflict("event-not-editable", "an event that is " + event.status + " cannot be changed");
        }
        boolean organisersChange = !request.hostOrganisationId().equals(event.hostOrganisationId)
                || !java.util.Set.copyOf(request.coHostOrganisationIds() == null ? List.of() : request.coHostOrganisationIds())
                        .equals(java.util.Set.copyOf(event.coHostOrganisationIds));
        if (organisersChange) {
            access.hosted(event, id, "change who hosts and co-hosts");
        }
        validation.check(request, event.sessions);
        if (event.cohortId != null) {
            keepsCohort(event, request);
        }
        refuseUnstatedOverbooking(event, request);
        apply(event, request);
        return journal.record(event, EventType.UPDATED);
    }

    @Transactional
    public EventView get(UUID id) {
        return mapper.view(access.visible(events.findById(id), id));
    }

    @Transactional
    public Page<EventView> list(ListQuery q, PageRequest<OffsetDateTime> page) {
        String county = null;
        if (q.region() != null && !municipalities.isCounty(q.region())) {
            throw ProblemException.invalid("region", "unknown county code " + q.region());
        }
        if (q.municipality() != null) {
            county = municipalities.municipality(q.municipality()).map(Municipality::countyCode)
                    .orElseThrow(() -> ProblemException.invalid("municipality", "unknown municipality code " + q.municipality()));
        }
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        EventFilter filter = new EventFilter(q.region(), q.municipality(), county, q.organiser(), q.programme(),
                q.status(), q.from(), q.to(), q.text(), access.draftsVisibleOf());
        return page.page(events.page(filter, page), mapper::view,
                e -> new Cursor<>(e.startsAt, e.id));
    }

    /** A cohort's day keeps its programme and takes its seats from the cohort: those are changed there. */
    private void keepsCohort(Event day, EventRequest request) {
        Cohort cohort = cohorts.findById(day.cohortId);
        List<Violation> v = new ArrayList<>();
        if (!cohort.programmeId.equals(request.programmeId())) {
            v.add(new Violation("programmeId", "a day of cohort " + cohort.name + " belongs to programme " + cohort.programmeId));
        }
        if (request.capacity() != cohort.capacity) {
            v.add(new Violation("capacity", "a day of cohort " + cohort.name + " has the cohort's capacity "
                    + cohort.capacity + "; change it on the cohort"));
        }
        List<SeatAllotment> asked = request.seatAllotments() == null ? List.of() : request.seatAllotments().stream()
                .map(a -> new SeatAllotment(a.municipalityCode(), a.seats())).toList();
        if (!CohortService.seats(asked).equals(CohortService.seats(cohort.seatAllotments))) {
            v.add(new Violation("seatAllotments", "a day of cohort " + cohort.name
                    + " has the cohort's allotments; change them on the cohort"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
    }

    /**
     * A change that leaves more confirmed people without a seat than the event does now must
     * say what happens to them ({@link OverbookingPolicy}).
     */
    private void refuseUnstatedOverbooking(Event event, EventRequest request) {
        SeatStatistics seats = statistics.findById(event.id);
        if (seats == null || seats.confirmed == 0 || request.overbookingPolicy() != null) {
            return;
        }
        Map<String, Integer> confirmedBy = new HashMap<>();
        seats.byMunicipality.forEach(row -> confirmedBy.merge(row.municipalityCode(), row.confirmed(), Integer::sum));
        Map<String, Integer> now = new HashMap<>();
        event.seatAllotments.forEach(a -> now.merge(a.municipalityCode, a.seats, Integer::sum));
        Map<String, Integer> asked = new HashMap<>();
        if (request.seatAllotments() != null) {
            request.seatAllotments().forEach(a -> asked.merge(a.municipalityCode(), a.seats(), Integer::sum));
        }
        SeatCut after = SeatCut.of(request.capacity(), asked, confirmedBy);
        if (after.unseated() > SeatCut.of(event.capacity, now, confirmedBy).unseated()) {
            throw after.refusal();
        }
    }

    private void apply(Event e, EventRequest r) {
        e.title = r.title().strip();
        e.theme = r.theme();
        e.description = r.description();
        e.hostOrganisationId = r.hostOrganisationId();
        e.coHostOrganisationIds.clear();
        if (r.coHostOrganisationIds() != null) {
            e.coHostOrganisationIds.addAll(new LinkedHashSet<>(r.coHostOrganisationIds()));
        }
        e.programmeId = r.programmeId();
        e.regionCode = r.regionCode();
        if (e.venue == null) {
            // Hibernate loads an embedded venue whose columns are all null as null
            e.venue = new Venue();
        }
        e.venue.name = r.venue() == null ? null : r.venue().name();
        e.venue.address = r.venue() == null ? null : r.venue().address();
        e.venue.city = r.venue() == null ? null : r.venue().city();
        e.startsAt = r.startsAt();
        e.endsAt = r.endsAt();
        e.capacity = r.capacity();
        e.seatAllotments.clear();
        if (r.seatAllotments() != null) {
            r.seatAllotments().forEach(a -> e.seatAllotments.add(new SeatAllotment(a.municipalityCode(), a.seats())));
        }
        if (r.overbookingPolicy() != null) {
            e.overbookingPolicy = r.overbookingPolicy();
        }
        e.audience = r.audience();
        e.registrationOpensAt = r.registrationOpensAt();
        e.registrationClosesAt = r.registrationClosesAt();
        e.resourceLinks = r.resourceLinks() == null ? new ArrayList<>() : new ArrayList<>(r.resourceLinks());
        e.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
