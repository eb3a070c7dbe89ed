package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.problem.Violation;
import se.rln.participants.mapping.AttendanceLine;
import se.rln.participants.mapping.AttendanceList;
import se.rln.participants.mapping.Spreadsheets;
import se.rln.participants.messaging.outbound.RegistrationEventType;
import se.rln.participants.messaging.outbound.RegistrationJournal;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.MunicipalitySeats;
import se.rln.participants.model.Participant;
import se.rln.participants.model.Registration;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.repository.EventSeatsRepository;
import se.rln.participants.repository.ParticipantRepository;
import se.rln.participants.repository.RegistrationRepository;

/**
 * Who came. Only confirmed people can attend or fail to; recording it does not free their seat
 * (the seat was used), so {@code confirmed} stays the number of seats taken and
 * {@code attended}/{@code noShow} count among them. A mark can be corrected.
 */
@ApplicationScoped
public class AttendanceService {

    @Inject
    SeatLedger ledger;

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegistrationAccess access;

    @Inject
    RegistrationJournal journal;

    @Inject
    EntityManager em;

    @Inject
    EventSeatsRepository events;

    @Inject
    ParticipantRepository participants;

    @Inject
    Spreadsheets spreadsheets;

    /**
     * Everyone with a seat, marked or not, by municipality and then family and given name in
     * Swedish order (å, ä, ö after z): organisers see all, a municipality its own people.
     */
    @Transactional
    public List<AttendanceLine> sheet(UUID eventId) {
        EventSeats event = access.visibleEvent(events.findByIdOptional(eventId)
                .orElseThrow(() -> ProblemException.notFound("event", eventId)));
        List<Registration> seated = registrations.seated(eventId, access.municipalityScope(event));
        Map<UUID, Participant> people = new HashMap<>();
        participants.list("id in ?1", seated.stream().map(r -> r.participantId).toList()).forEach(p -> people.put(p.id, p));
        Collator swedish = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        Comparator<String> names = Comparator.nullsLast(swedish::compare);
        return seated.stream().map(r -> {
            Participant p = people.get(r.participantId);
            return new AttendanceLine(r.id, r.municipalityCode, spreadsheets.name(r.municipalityCode), p.givenName,
                    p.familyName, p.title, r.status);
        }).sorted(Comparator.comparing(AttendanceLine::municipalityCode)
                .thenComparing(AttendanceLine::familyName, names).thenComparing(AttendanceLine::givenName, names))
                .toList();
    }

    /** Marks one registration; returns it. */
    @Transactional
    public Registration mark(UUID registrationId, boolean attended) {
        Registration r = registrations.findById(registrationId);
        if (r == null) {
            throw ProblemException.notFound("registration", registrationId);
        }
        SeatLedger.Locked locked = lockAsOrganiser(r.eventId, registrationId);
        em.refresh(r);
        String problem = markable(r);
        if (problem != null) {
            throw ProblemException.conflict("not-attendable", problem);
        }
        apply(locked, r, attended);
        return r;
    }

    /** Marks many registrations of one event atomically; any bad entry → 422 naming each, nothing applied. */
    @Transactional
    public int markAll(UUID eventId, AttendanceList list) {
        SeatLedger.Locked locked = lockAsOrganiser(eventId, null);
        Map<UUID, Registration> found = new HashMap<>();
        registrations.list("eventId = ?1 and id in ?2", eventId,
                list.records().stream().map(AttendanceList.Entry::registrationId).toList())
                .forEach(r -> found.put(r.id, r));
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < list.records().size(); i++) {
            AttendanceList.Entry e = list.records().get(i);
            Registration r = found.get(e.registrationId());
            String problem = r == null ? "no registration " + e.registrationId() + " on this event" : markable(r);
            if (problem != null) {
                v.add(new Violation("records[" + i + "].registrationId", problem));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.unprocessable("invalid-attendance", v.size() + " entries cannot be marked; nothing was applied", v);
        }
        list.records().forEach(e -> apply(locked, found.get(e.registrationId()), e.attended()));
        return list.records().size();
    }

    private SeatLedger.Locked lockAsOrganiser(UUID eventId, UUID registrationId) {
        SeatLedger.Locked locked = ledger.lock(eventId);
        if (!access.organises(locked.event())) {
            if (registrationId != null) {
                throw ProblemException.notFound("registration", registrationId);
            }
            throw ProblemException.forbidden("only the event's organisers record attendance");
        }
        if (locked.event().startsAt.isAfter(OffsetDateTime.now(ZoneOffset.UTC))) {
            throw ProblemException.conflict("event-not-started", "attendance can be recorded once the event has started ("
                    + locked.event().startsAt + ")");
        }
        return locked;
    }

    private static String markable(Registration r) {
        return switch (r.status) {
            case CONFIRMED, ATTENDED, NO_SHOW -> null;
            default -> "a registration that is " + r.status + " cannot be marked as attended or not";
        };
    }

    private void apply(SeatLedger.Locked locked, Registration r, boolean attended) {
        RegistrationStatus target = attended ? RegistrationStatus.ATTENDED : RegistrationStatus.NO_SHOW;
        if (r.status == target) {
            return;
        }
        MunicipalitySeats row = ledger.row(locked, r.municipalityCode);
        if (r.status == RegistrationStatus.ATTENDED) {
            row.attended--;
        } else if (r.status == RegistrationStatus.NO_SHOW) {
            row.noShow--;
        }
        if (attended) {
            row.attended++;
        } else {
            row.noShow++;
        }
        r.status = target;
        r.statusChangedAt = OffsetDateTime.now(ZoneOffset.UTC);
        journal.record(locked.event(), locked.rows().values(), r, attended ? RegistrationEventType.ATTENDED : RegistrationEventType.NO_SHOW);
    }
}
