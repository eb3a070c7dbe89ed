package se.rln.participants.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import se.rln.participants.mapping.CohortSnapshot;
import se.rln.participants.mapping.EventSnapshot;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.CohortMunicipalitySeats;
import se.rln.participants.model.CohortSeats;
import se.rln.participants.model.Enrolment;
import se.rln.participants.model.EventSeats;
import se.rln.participants.repository.CohortSeatsRepository;
import se.rln.participants.repository.EnrolmentRepository;
import se.rln.participants.repository.EventSeatsRepository;

/**
 * Keeps the replica of each cohort from its snapshots (older ones are ignored). More seats
 * promote from the cohort's waitlist onto every coming day; a day that arrived before its
 * cohort gets the cohort's people once the cohort is known.
 */
@ApplicationScoped
public class CohortReplica {

    @Inject
    CohortSeatsRepository cohorts;

    @Inject
    EventSeatsRepository events;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CohortLedger ledger;

    @Inject
    CohortDays days;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(CohortSnapshot s, boolean deleted) {
        if (cohorts.findById(s.id()) == null) {
            CohortSeats created = new CohortSeats();
            created.cohortId = s.id();
            copy(created, s);
            created.cohortVersion = -1; // the snapshot is applied below, allotments and all
            cohorts.persist(created);
            cohorts.flush();
        }
        CohortLedger.Locked locked = ledger.lock(s.id());
        CohortSeats c = locked.cohort();
        if (s.version() <= c.cohortVersion && !deleted) {
            Log.debugf("cohort %s snapshot %d is not newer than %d; ignored", s.id(), (Object) s.version(), (Object) c.cohortVersion);
            return;
        }
        copy(c, s);
        Map<String, Integer> allotments = EventSnapshot.Allotment.byCode(s.seatAllotments());
        for (CohortMunicipalitySeats row : locked.rows().values()) {
            row.allotted = allotments.getOrDefault(row.municipalityCode, 0);
        }
        allotments.forEach((code, seats) -> ledger.row(locked, code).allotted = seats);
        if (deleted) {
            for (Enrolment e : enrolments.liveOf(c.cohortId)) {
                ledger.release(locked, e, Cancellation.EVENT);
            }
            c.deleted = true;
            return;
        }
        for (Enrolment promoted : ledger.promote(locked)) {
            days.promote(promoted);
        }
        for (EventSeats day : events.comingDaysOf(c.cohortId, OffsetDateTime.now(ZoneOffset.UTC))) {
            days.catchUp(locked, day);
        }
    }

    private static void copy(CohortSeats c, CohortSnapshot s) {
        c.cohortVersion = s.version();
        c.programmeId = s.programmeId();
        c.programmeTitle = s.programmeTitle();
        c.ownerOrganisationId = s.ownerOrganisationId();
        c.completionMinimumDays = s.completionMinimumDays();
        c.name = s.name();
        c.capacity = s.capacity();
        c.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
