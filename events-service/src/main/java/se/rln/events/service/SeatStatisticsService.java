package se.rln.events.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.events.mapping.CohortSeatsReport;
import se.rln.events.mapping.SeatReport;
import se.rln.events.mapping.SeatStatisticsView;
import se.rln.events.model.CohortSeatStatistics;
import se.rln.events.model.Event;
import se.rln.events.model.MunicipalitySeats;
import se.rln.events.model.SeatStatistics;
import se.rln.events.repository.CohortRepository;
import se.rln.events.repository.CohortSeatStatisticsRepository;
import se.rln.events.repository.EventRepository;
import se.rln.events.repository.SeatStatisticsRepository;

/** Seat statistics of events, kept from participants-service's reports. */
@ApplicationScoped
public class SeatStatisticsService {

    @Inject
    SeatStatisticsRepository statistics;

    @Inject
    EventRepository events;

    @Inject
    CohortRepository cohorts;

    @Inject
    CohortSeatStatisticsRepository cohortStatistics;

    @Inject
    EventAccess access;

    @Inject
    Caller caller;

    /** Applies a report unless a newer one was applied already (reports may arrive late or twice). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(SeatReport report) {
        if (events.findById(report.eventId()) == null) {
            Log.warnf("seat report for unknown event %s ignored", report.eventId());
            return;
        }
        SeatStatistics s = statistics.findById(report.eventId());
        boolean first = s == null;
        if (first) {
            s = new SeatStatistics();
            s.eventId = report.eventId();
            s.ledgerVersion = -1;
        }
        if (report.version() <= s.ledgerVersion) {
            Log.debugf("seat report %d of event %s is older than %d; ignored", (Object) report.version(), report.eventId(),
                    (Object) s.ledgerVersion);
            return;
        }
        SeatReport.Seats seats = report.seats();
        s.ledgerVersion = report.version();
        s.confirmed = seats.confirmed();
        s.waitlisted = seats.waitlisted();
        s.attended = seats.attended();
        s.noShow = seats.noShow();
        s.cancelled = seats.cancelled();
        s.byMunicipality = seats.byMunicipality() == null ? new ArrayList<>() : new ArrayList<>(seats.byMunicipality());
        s.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (first) {
            statistics.persist(s);
        }
    }

    /** Applies a cohort's report unless a newer one was applied already. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(CohortSeatsReport report) {
        if (cohorts.findById(report.cohortId()) == null) {
            Log.warnf("seat report for unknown cohort %s ignored", report.cohortId());
            return;
        }
        CohortSeatStatistics s = cohortStatistics.findById(report.cohortId());
        boolean first = s == null;
        if (first) {
            s = new CohortSeatStatistics();
            s.cohortId = report.cohortId();
            s.ledgerVersion = -1;
        }
        if (report.version() <= s.ledgerVersion) {
            return;
        }
        s.ledgerVersion = report.version();
        s.confirmed = report.seats().confirmed();
        s.waitlisted = report.seats().waitlisted();
        s.byMunicipality = report.seats().byMunicipality() == null ? new ArrayList<>()
                : new ArrayList<>(report.seats().byMunicipality());
        s.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        if (first) {
            cohortStatistics.persist(s);
        }
    }

    @Transactional
    public SeatStatisticsView get(UUID eventId) {
        Event event = access.visible(events.findById(eventId), eventId);
        SeatStatistics s = statistics.findById(eventId);
        if (s == null) {
            return new SeatStatisticsView(eventId, event.capacity, 0, event.capacity, 0, 0, 0, 0, List.of(), 0, null);
        }
        return new SeatStatisticsView(eventId, event.capacity, s.confirmed, Math.max(0, event.capacity - s.confirmed),
                s.waitlisted, s.attended, s.noShow, s.cancelled, visibleRows(event, s.byMunicipality), s.ledgerVersion,
                Times.local(s.updatedAt));
    }

    private List<MunicipalitySeats> visibleRows(Event event, List<MunicipalitySeats> rows) {
        if (access.canChange(event)) {
            return rows;
        }
        if (caller.is(Roles.MUNICIPALITY)) {
            String own = caller.municipality().orElse("");
            return rows.stream().filter(r -> own.equals(r.municipalityCode())).toList();
        }
        return List.of();
    }
}
