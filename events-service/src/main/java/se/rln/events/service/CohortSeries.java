package se.rln.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.problem.Violation;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.events.mapping.EventRequest;
import se.rln.events.mapping.EventView;
import se.rln.events.mapping.SeatAllotmentDto;
import se.rln.events.mapping.SeriesRequest;
import se.rln.events.mapping.SeriesView;
import se.rln.events.mapping.SessionRequest;
import se.rln.events.model.Cohort;
import se.rln.events.model.Programme;
import se.rln.events.repository.EventRepository;

/**
 * A cohort's days created in one call, in one transaction: all or none. Each day is an event
 * hosted by the programme's owner, with the cohort's seats and a copy of the agenda template.
 */
@ApplicationScoped
public class CohortSeries {

    static final int MAX_DAYS = 52;

    @Inject
    CohortService cohorts;

    @Inject
    ProgrammeService programmes;

    @Inject
    EventService eventService;

    @Inject
    EventRepository events;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Caller caller;

    @Transactional
    public IdempotencyKeys.Outcome<SeriesView> create(UUID cohortId, SeriesRequest request, String idempotencyKey) {
        Cohort cohort = cohorts.find(cohortId);
        Programme programme = programmes.find(cohort.programmeId);
        programmes.mayManage(programme);
        return idempotency.once("cohorts:days:" + cohortId + ":" + caller.subject(), idempotencyKey, request,
                SeriesView.class, () -> {
                    long existing = events.countInCohort(cohortId);
                    List<LocalDate> dates = dates(request, existing, OffsetDateTime.now(ZoneOffset.UTC));
                    List<EventView> days = new ArrayList<>();
                    int n = (int) existing;
                    for (LocalDate date : dates) {
                        n++;
                        days.add(eventService.createDay(day(request, programme, cohort, date, n), cohortId,
                                agenda(request, date), Boolean.TRUE.equals(request.publish())));
                    }
                    return new SeriesView(cohortId, days);
                });
    }

    /**
     * The series' dates in order, or every reason it cannot be made: dates or a rule (not both),
     * no date twice, at most {@value #MAX_DAYS} days in the cohort, times in order, the agenda
     * inside the day, and no day that has ended when the days are to be published.
     */
    static List<LocalDate> dates(SeriesRequest r, long existingDays, OffsetDateTime now) {
        List<Violation> v = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        if ((r.dates() == null || r.dates().isEmpty()) == (r.rule() == null)) {
            v.add(new Violation("dates", "give either dates or a rule"));
        } else if (r.rule() != null) {
            for (int i = 0; i < r.rule().count(); i++) {
                dates.add(r.rule().firstDate().plusWeeks((long) i * r.rule().everyWeeks()));
            }
        } else {
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < r.dates().size(); i++) {
                if (!seen.add(r.dates().get(i))) {
                    v.add(new Violation("dates[" + i + "]", "appears twice"));
                }
            }
            dates.addAll(seen);
        }
        dates.sort(null);
        if (existingDays + dates.size() > MAX_DAYS) {
            v.add(new Violation(r.rule() != null ? "rule.count" : "dates", "a cohort has at most " + MAX_DAYS
                    + " days; it has " + existingDays));
        }
        if (!r.endTime().isAfter(r.startTime())) {
            v.add(new Violation("endTime", "must be after startTime"));
        }
        List<SeriesRequest.AgendaItem> agenda = r.agenda() == null ? List.of() : r.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            SeriesRequest.AgendaItem item = agenda.get(i);
            if (!item.endTime().isAfter(item.startTime())) {
                v.add(new Violation("agenda[" + i + "].endTime", "must be after startTime"));
            }
            if (item.startTime().isBefore(r.startTime()) || item.endTime().isAfter(r.endTime())) {
                v.add(new Violation("agenda[" + i + "].startTime", "must lie inside the day (" + r.startTime() + "–"
                        + r.endTime() + ")"));
            }
        }
        if (Boolean.TRUE.equals(r.publish())) {
            dates.stream().filter(d -> !d.atTime(r.endTime()).atZone(Times.STOCKHOLM).toOffsetDateTime().isAfter(now))
                    .findFirst().ifPresent(d -> v.add(new Violation("publish", "the day on " + d
                            + " has already ended and cannot be published")));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        return dates;
    }

    private static EventRequest day(SeriesRequest r, Programme p, Cohort c, LocalDate date, int n) {
        String title = r.title() == null || r.title().isBlank() ? p.title + " – " + c.name + ", dag {n}" : r.title();
        return new EventRequest(title.replace("{n}", Integer.toString(n)), r.theme(), r.description(), p.ownerOrganisationId,
                r.coHostOrganisationIds(), p.id, r.regionCode(), r.venue(), at(date, r.startTime()), at(date, r.endTime()),
                c.capacity, c.seatAllotments.stream().map(a -> new SeatAllotmentDto(a.municipalityCode,
                        null, a.seats)).toList(),
                r.audience(), null, null, r.resourceLinks(), null);
    }

    private static List<SessionRequest> agenda(SeriesRequest r, LocalDate date) {
        return (r.agenda() == null ? List.<SeriesRequest.AgendaItem>of() : r.agenda()).stream()
                .map(i -> new SessionRequest(i.kind(), i.title().strip(), i.description(), at(date, i.startTime()),
                        at(date, i.endTime()), i.room(), i.parallelGroup(), i.speakers(), i.dialogueQuestions()))
                .toList();
    }

    private static OffsetDateTime at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(Times.STOCKHOLM).toOffsetDateTime();
    }
}
