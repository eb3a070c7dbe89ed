package se.rln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.problem.Violation;
import se.rln.commons.reference.Municipalities;
import se.rln.events.mapping.EventRequest;
import se.rln.events.mapping.SeatAllotmentDto;
import se.rln.events.mapping.SessionRequest;
import se.rln.events.model.AgendaSession;
import se.rln.events.model.Event;
import se.rln.events.repository.OrganisationRepository;
import se.rln.events.repository.ProgrammeRepository;

/**
 * The rules of an event that bean validation cannot express: references that must exist,
 * time order, seat allotments within capacity, sessions inside the event. All violations are
 * collected and reported together.
 */
@ApplicationScoped
public class EventValidation {

    @Inject
    Municipalities municipalities;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ProgrammeRepository programmes;

    public void check(EventRequest r, List<AgendaSession> existingSessions) {
        List<Violation> v = violations(r, existingSessions, id -> organisations.findById(id) != null,
                id -> programmes.findById(id) != null);
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
    }

    /**
     * Every rule the request breaks, in the order of its fields; whether an organisation or a
     * programme exists is asked of {@code organisation} and {@code programme}.
     */
    List<Violation> violations(EventRequest r, List<AgendaSession> existingSessions, Predicate<UUID> organisation,
            Predicate<UUID> programme) {
        List<Violation> v = new ArrayList<>();
        if (!r.endsAt().isAfter(r.startsAt())) {
            v.add(new Violation("endsAt", "must be after startsAt"));
        }
        if (!municipalities.isCounty(r.regionCode())) {
            v.add(new Violation("regionCode", "unknown county code " + r.regionCode()));
        }
        if (!organisation.test(r.hostOrganisationId())) {
            v.add(new Violation("hostOrganisationId", "no organisation " + r.hostOrganisationId()));
        }
        List<UUID> coHosts = r.coHostOrganisationIds() == null ? List.of() : r.coHostOrganisationIds();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < coHosts.size(); i++) {
            UUID id = coHosts.get(i);
            String field = "coHostOrganisationIds[" + i + "]";
            if (id.equals(r.hostOrganisationId())) {
                v.add(new Violation(field, "is the host"));
            } else if (!seen.add(id)) {
                v.add(new Violation(field, "appears twice"));
            } else if (!organisation.test(id)) {
                v.add(new Violation(field, "no organisation " + id));
            }
        }
        if (r.programmeId() != null && !programme.test(r.programmeId())) {
            v.add(new Violation("programmeId", "no programme " + r.programmeId()));
        }
        checkAllotments(r, v);
        checkRegistrationWindow(r, v);
        for (AgendaSession s : existingSessions) {
            if (s.startsAt.isBefore(r.startsAt()) || s.endsAt.isAfter(r.endsAt())) {
                v.add(new Violation("startsAt", "session " + s.id + " (" + s.title + ") would lie outside the event"));
            }
        }
        return v;
    }

    public void check(SessionRequest r, Event event) {
        List<Violation> v = new ArrayList<>();
        if (!r.endsAt().isAfter(r.startsAt())) {
            v.add(new Violation("endsAt", "must be after startsAt"));
        }
        if (r.startsAt().isBefore(event.startsAt) || r.startsAt().isAfter(event.endsAt)) {
            v.add(new Violation("startsAt", "must lie inside the event (" + event.startsAt + " – " + event.endsAt + ")"));
        }
        if (r.endsAt().isAfter(event.endsAt) || r.endsAt().isBefore(event.startsAt)) {
            v.add(new Violation("endsAt", "must lie inside the event (" + event.startsAt + " – " + event.endsAt + ")"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
    }

    /** Seats of a cohort: allotments to known municipalities, each once, within the capacity. */
    public void checkSeats(int capacity, List<SeatAllotmentDto> allotments) {
        List<Violation> v = new ArrayList<>();
        checkAllotments(capacity, allotments, v);
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
    }

    private void checkAllotments(EventRequest r, List<Violation> v) {
        checkAllotments(r.capacity(), r.seatAllotments(), v);
    }

    private void checkAllotments(int capacity, List<SeatAllotmentDto> given, List<Violation> v) {
        List<SeatAllotmentDto> allotments = given == null ? List.of() : given;
        Set<String> codes = new HashSet<>();
        int total = 0;
        for (int i = 0; i < allotments.size(); i++) {
            SeatAllotmentDto a = allotments.get(i);
            String field = "seatAllotments[" + i + "].municipalityCode";
            if (!municipalities.isMunicipality(a.municipalityCode())) {
                v.add(new Violation(field, "unknown municipality code " + a.municipalityCode()));
            } else if (!codes.add(a.municipalityCode())) {
                v.add(new Violation(field, "appears twice"));
            }
            total += a.seats();
        }
        if (total > capacity) {
            v.add(new Violation("seatAllotments", "allot " + total + " seats, more than the capacity " + capacity));
        }
    }

    private static void checkRegistrationWindow(EventRequest r, List<Violation> v) {
        if (r.registrationOpensAt() != null && r.registrationClosesAt() != null
                && !r.registrationClosesAt().isAfter(r.registrationOpensAt())) {
            v.add(new Violation("registrationClosesAt", "must be after registrationOpensAt"));
        }
        if (r.registrationClosesAt() != null && r.registrationClosesAt().isAfter(r.endsAt())) {
            v.add(new Violation("registrationClosesAt", "must not be after endsAt"));
        }
        if (r.registrationOpensAt() != null && !r.registrationOpensAt().isBefore(r.endsAt())) {
            v.add(new Violation("registrationOpensAt", "must be before endsAt"));
        }
    }
}
