package se.rln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.reference.Municipality;
import se.rln.commons.rest.ETags;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.events.mapping.CohortRequest;
import se.rln.events.mapping.CohortSeatsView;
import se.rln.events.mapping.CohortView;
import se.rln.events.mapping.SeatAllotmentDto;
import se.rln.events.messaging.outbound.CohortType;
import se.rln.events.messaging.outbound.EventJournal;
import se.rln.events.messaging.outbound.EventType;
import se.rln.events.model.Cohort;
import se.rln.events.model.Event;
import se.rln.events.model.Programme;
import se.rln.events.model.SeatAllotment;
import se.rln.events.repository.CohortRepository;
import se.rln.events.repository.CohortSeatStatisticsRepository;
import se.rln.events.repository.EventRepository;

/**
 * Cohorts of a programme: public to read, managed by the coordinators of the programme's owner.
 * A cohort's seats are the seats of each of its days: changing them changes every day not yet
 * over, each day announcing its new snapshot.
 */
@ApplicationScoped
public class CohortService {

    static final int MAX_COHORTS = 50;

    @Inject
    CohortRepository cohorts;

    @Inject
    ProgrammeService programmes;

    @Inject
    EventRepository events;

    @Inject
    CohortSeatStatisticsRepository statistics;

    @Inject
    EventValidation validation;

    @Inject
    EventAccess access;

    @Inject
    EventJournal journal;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Municipalities municipalities;

    @Inject
    Caller caller;

    @Transactional
    public IdempotencyKeys.Outcome<CohortView> create(UUID programmeId, CohortRequest request, String idempotencyKey) {
        Programme programme = programmes.find(programmeId);
        programmes.mayManage(programme);
        return idempotency.once("cohorts:create:" + programmeId + ":" + caller.subject(), idempotencyKey, request,
                CohortView.class, () -> {
                    if (cohorts.countInProgramme(programmeId) >= MAX_COHORTS) {
                        throw ProblemException.conflict("too-many-cohorts", "a programme has at most " + MAX_COHORTS + " cohorts");
                    }
                    check(programme, null, request);
                    Cohort c = new Cohort();
                    c.id = UUID.randomUUID();
                    c.programmeId = programmeId;
                    c.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                    apply(c, request);
                    cohorts.persist(c);
                    journal.record(c, programme, CohortType.CREATED);
                    return view(c);
                });
    }

    @Transactional
    public CohortView get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public List<CohortView> list(UUID programmeId) {
        programmes.find(programmeId);
        return cohorts.ofProgramme(programmeId).stream().map(this::view).toList();
    }

    @Transactional
    public CohortView update(UUID id, String ifMatch, CohortRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        Cohort c = find(id);
        Programme programme = programmes.find(c.programmeId);
        programmes.mayManage(programme);
        ETags.check(expected, c.version);
        check(programme, c.id, request);
        apply(c, request);
        for (Event day : events.ofCohort(c.id)) {
            if (day.status.editable() && !sameSeats(day, c)) {
                day.capacity = c.capacity;
                day.seatAllotments.clear();
                c.seatAllotments.forEach(a -> day.seatAllotments.add(new SeatAllotment(a.municipalityCode, a.seats)));
                day.updatedAt = c.updatedAt;
                journal.record(day, EventType.UPDATED);
            }
        }
        journal.record(c, programme, CohortType.UPDATED);
        return view(c);
    }

    @Transactional
    public void delete(UUID id) {
        Cohort c = find(id);
        Programme programme = programmes.find(c.programmeId);
        programmes.mayManage(programme);
        if (events.countInCohort(id) > 0) {
            throw ProblemException.conflict("cohort-in-use", "cohort " + id + " has days and cannot be deleted");
        }
        journal.record(c, programme, CohortType.DELETED);
        cohorts.delete(c);
    }

    /** The cohort, or 404. */
    Cohort find(UUID id) {
        Cohort c = cohorts.findById(id);
        if (c == null) {
            throw ProblemException.notFound("cohort", id);
        }
        return c;
    }

    /** Whether a day's seats are its cohort's. */
    static boolean sameSeats(Event day, Cohort c) {
        return day.capacity == c.capacity && seats(day.seatAllotments).equals(seats(c.seatAllotments));
    }

    static List<String> seats(List<SeatAllotment> allotments) {
        return allotments.stream().map(a -> a.municipalityCode + ":" + a.seats).sorted().toList();
    }

    CohortView view(Cohort c) {
        List<CohortView.Day> days = events.ofCohort(c.id).stream().filter(access::canSee)
                .map(e -> new CohortView.Day(e.id, e.title, Times.local(e.startsAt), Times.local(e.endsAt), e.status))
                .toList();
        CohortSeatsView seats = CohortSeats.of(c.capacity, c.seatAllotments, statistics.findById(c.id),
                code -> municipalities.municipality(code).map(Municipality::name).orElse(null));
        return new CohortView(c.id, c.programmeId, c.name, c.capacity, allotments(c.seatAllotments), days, seats, c.version);
    }

    List<SeatAllotmentDto> allotments(List<SeatAllotment> list) {
        return list.stream().map(a -> new SeatAllotmentDto(a.municipalityCode,
                municipalities.municipality(a.municipalityCode).map(Municipality::name).orElse(null), a.seats)).toList();
    }

    private void check(Programme programme, UUID self, CohortRequest request) {
        validation.checkSeats(request.capacity(), request.seatAllotments());
        if (cohorts.nameTaken(programme.id, request.name().strip(), self)) {
            throw ProblemException.invalid("name", "the programme already has a cohort named " + request.name().strip());
        }
    }

    private static void apply(Cohort c, CohortRequest r) {
        c.name = r.name().strip();
        c.capacity = r.capacity();
        c.seatAllotments.clear();
        if (r.seatAllotments() != null) {
            r.seatAllotments().forEach(a -> c.seatAllotments.add(new SeatAllotment(a.municipalityCode(), a.seats())));
        }
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
