package se.rln.participants.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.participants.mapping.EventSnapshot;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.EventStatus;
import se.rln.participants.model.MunicipalitySeats;
import se.rln.participants.model.Registration;
import se.rln.participants.repository.CohortSeatsRepository;
import se.rln.participants.repository.EventSeatsRepository;
import se.rln.participants.repository.RegistrationRepository;

/**
 * Keeps the replica of each event from its snapshots. Older snapshots are ignored. A
 * cancelled event cancels its live registrations; more capacity or changed allotments
 * promote from the waitlist. Fewer seats than confirmed people keep everyone seated unless the
 * event's overbooking policy is WAITLIST_NEWEST: then the newest confirmed go back to the waitlist.
 */
@ApplicationScoped
public class EventReplica {

    @Inject
    EventSeatsRepository events;

    @Inject
    RegistrationRepository registrations;

    @Inject
    SeatLedger ledger;

    @Inject
    CohortSeatsRepository cohorts;

    @Inject
    CohortLedger cohortLedger;

    @Inject
    CohortDays cohortDays;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventSnapshot s) {
        CohortLedger.Locked cohort = s.cohortId() == null || cohorts.findById(s.cohortId()) == null ? null
                : cohortLedger.lock(s.cohortId()); // a cohort's ledger is locked before its days'
        if (events.findById(s.id()) == null) {
            EventSeats created = new EventSeats();
            created.eventId = s.id();
            copy(created, s);
            created.eventVersion = -1; // the snapshot is applied below, allotments and all
            events.persist(created);
            events.flush();
        }
        SeatLedger.Locked locked = ledger.lock(s.id());
        EventSeats e = locked.event();
        if (s.version() <= e.eventVersion) {
            Log.debugf("event %s snapshot %d is not newer than %d; ignored", s.id(), (Object) s.version(), (Object) e.eventVersion);
            return;
        }
        EventStatus before = e.status;
        copy(e, s);
        Map<String, Integer> allotments = EventSnapshot.Allotment.byCode(s.seatAllotments());
        for (MunicipalitySeats row : locked.rows().values()) {
            row.allotted = allotments.getOrDefault(row.municipalityCode, 0);
        }
        allotments.forEach((code, seats) -> ledger.row(locked, code).allotted = seats);
        if (e.status == EventStatus.CANCELLED && before != EventStatus.CANCELLED) {
            List<Registration> live = registrations.liveOf(e.eventId);
            live.forEach(r -> ledger.release(locked, r, Cancellation.EVENT)); // nobody is promoted onto a cancelled event
            Log.infof("event %s cancelled: %d registrations cancelled", e.eventId, live.size());
        } else {
            if (s.waitlistsNewest()) {
                int demoted = ledger.demoteUnseated(locked);
                if (demoted > 0) {
                    Log.infof("event %s: %d confirmed moved to the head of the waitlist by a cut of its seats", e.eventId, demoted);
                }
            }
            ledger.promote(locked);
            if (cohort != null && (e.status == EventStatus.PUBLISHED || e.status == EventStatus.REGISTRATION_CLOSED)) {
                cohortDays.catchUp(cohort, e);
            }
        }
    }

    private static void copy(EventSeats e, EventSnapshot s) {
        e.eventVersion = s.version();
        e.title = s.title();
        e.status = s.status();
        List<UUID> organisers = new ArrayList<>();
        organisers.add(s.hostOrganisationId());
        if (s.coHostOrganisationIds() != null) {
            organisers.addAll(s.coHostOrganisationIds());
        }
        e.organisers = organisers;
        e.programmeId = s.programmeId();
        e.cohortId = s.cohortId();
        e.regionCode = s.regionCode();
        e.startsAt = s.startsAt();
        e.endsAt = s.endsAt();
        e.registrationOpensAt = s.registrationOpensAt();
        e.registrationClosesAt = s.registrationClosesAt();
        e.capacity = s.capacity();
        e.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
