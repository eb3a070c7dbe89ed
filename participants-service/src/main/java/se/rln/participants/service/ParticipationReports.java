package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.reference.Municipality;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.ParticipationReport;
import se.rln.participants.repository.MunicipalitySeatsRepository;

/**
 * Participation per municipality and per programme, from the seat ledger (counts only, no
 * names). A municipality sees its own lines; a coordinator those of events their organisation
 * (co-)hosts; an administrator all.
 */
@ApplicationScoped
public class ParticipationReports {

    static final int MAX_LINES = 5_000;

    @Inject
    MunicipalitySeatsRepository seats;

    @Inject
    Caller caller;

    @Inject
    Municipalities municipalities;

    @Transactional
    public ParticipationReport report(String municipality, UUID programme, OffsetDateTime from, OffsetDateTime to) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        if (municipality != null && !municipalities.isMunicipality(municipality)) {
            throw ProblemException.invalid("municipality", "unknown municipality code " + municipality);
        }
        String scope = municipality;
        UUID organiser = null;
        if (caller.is(Roles.MUNICIPALITY) && !caller.admin()) {
            String own = caller.municipality().orElseThrow(() -> ProblemException.forbidden("the token carries no municipality"));
            if (municipality != null && !municipality.equals(own)) {
                throw ProblemException.forbidden("a municipality sees only its own participation");
            }
            scope = own;
        } else if (!caller.admin()) {
            organiser = caller.requireCoordinatorOrganisation();
        }
        if (scope == null && programme == null) {
            throw ProblemException.invalid("municipality", "give a municipality, a programme or both");
        }
        List<ParticipationReport.Line> lines = lines(scope, programme, organiser, from, to);
        return new ParticipationReport(scope, programme, from == null ? null : Times.local(from),
                to == null ? null : Times.local(to), totals(lines), lines);
    }

    private List<ParticipationReport.Line> lines(String municipality, UUID programme, UUID organiser, OffsetDateTime from,
            OffsetDateTime to) {
        List<MunicipalitySeatsRepository.Participation> rows = seats.participation(
                new MunicipalitySeatsRepository.Scope(municipality, programme, organiser, from, to), MAX_LINES + 1);
        if (rows.size() > MAX_LINES) {
            throw ProblemException.invalid("from", "the report would have more than " + MAX_LINES
                    + " lines; narrow it with from and to");
        }
        return rows.stream().map(this::line).toList();
    }

    private ParticipationReport.Line line(MunicipalitySeatsRepository.Participation p) {
        return new ParticipationReport.Line(p.eventId(), p.title(), Times.local(p.startsAt()), p.status(), p.programmeId(),
                p.municipalityCode(), municipalities.municipality(p.municipalityCode()).map(Municipality::name).orElse(null),
                p.allotted(), p.confirmed(), p.waitlisted(), p.attended(), p.noShow(), p.cancelled());
    }

    private static ParticipationReport.Totals totals(List<ParticipationReport.Line> lines) {
        Set<UUID> events = new HashSet<>();
        Set<String> places = new HashSet<>();
        int confirmed = 0;
        int waitlisted = 0;
        int attended = 0;
        int noShow = 0;
        int cancelled = 0;
        for (ParticipationReport.Line l : lines) {
            events.add(l.eventId());
            places.add(l.municipalityCode());
            confirmed += l.confirmed();
            waitlisted += l.waitlisted();
            attended += l.attended();
            noShow += l.noShow();
            cancelled += l.cancelled();
        }
        Double rate = attended + noShow == 0 ? null : Math.round(1000.0 * attended / (attended + noShow)) / 1000.0;
        return new ParticipationReport.Totals(events.size(), places.size(), confirmed, waitlisted, attended, noShow,
                cancelled, rate);
    }
}
