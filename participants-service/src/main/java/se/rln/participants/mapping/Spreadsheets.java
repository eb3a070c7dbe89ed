package se.rln.participants.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.reference.Municipality;

/**
 * The lists coordinators and municipalities download, as {@link Table}s. A roster's columns are
 * the ones a roster upload reads, so a downloaded roster can be edited and synced again.
 */
@ApplicationScoped
public class Spreadsheets {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));
    private static final List<String> PERSON = List.of("externalId", "givenName", "familyName", "email", "title",
            "managerLevel");

    @Inject
    Municipalities municipalities;

    public Table roster(UUID eventId, String municipality, List<RegistrationView> registrations) {
        List<String> columns = new ArrayList<>(PERSON);
        columns.addAll(List.of("status", "waitlistPlace", "registeredAt"));
        List<List<Object>> rows = registrations.stream().map(r -> {
            List<Object> row = person(r.participant());
            row.addAll(cells(r.status().name(), r.waitlistPlace(), time(r.registeredAt())));
            return row;
        }).toList();
        return new Table("roster-" + municipality + "-" + eventId, columns, rows);
    }

    public Table registrations(UUID eventId, List<RegistrationView> registrations) {
        List<String> columns = new ArrayList<>(List.of("municipalityCode", "municipalityName"));
        columns.addAll(PERSON);
        columns.addAll(List.of("status", "waitlistPlace", "source", "registeredAt", "statusChangedAt"));
        List<List<Object>> rows = registrations.stream().map(r -> {
            List<Object> row = cells(r.municipalityCode(), name(r.municipalityCode()));
            row.addAll(person(r.participant()));
            row.addAll(cells(r.status().name(), r.waitlistPlace(), r.source() == null ? null : r.source().name(),
                    time(r.registeredAt()), time(r.statusChangedAt())));
            return row;
        }).toList();
        return new Table("registrations-" + eventId, columns, rows);
    }

    public Table attendance(UUID eventId, List<AttendanceLine> lines) {
        return new Table("attendance-" + eventId,
                List.of("municipalityCode", "municipalityName", "givenName", "familyName", "title", "status"),
                lines.stream().map(l -> cells(l.municipalityCode(), l.municipalityName(), l.givenName(), l.familyName(),
                        l.title(), l.status().name())).toList());
    }

    public Table participation(ParticipationReport report) {
        return new Table("participation",
                List.of("eventTitle", "startsAt", "eventStatus", "municipalityCode", "municipalityName", "allotted",
                        "confirmed", "waitlisted", "attended", "noShow", "cancelled"),
                report.lines().stream().map(l -> cells(l.eventTitle(), time(l.startsAt()), l.eventStatus(),
                        l.municipalityCode(), l.municipalityName(), l.allotted(), l.confirmed(), l.waitlisted(),
                        l.attended(), l.noShow(), l.cancelled())).toList());
    }

    public Table completion(CompletionReport report) {
        return new Table("completion-" + report.programmeId(),
                List.of("municipalityCode", "municipalityName", "cohort", "givenName", "familyName", "title", "attendedDays",
                        "heldDays", "totalDays", "requiredDays", "completed"),
                report.people().stream().map(p -> cells(p.municipalityCode(), name(p.municipalityCode()), p.cohortName(),
                        p.participant().givenName(), p.participant().familyName(), p.participant().title(),
                        p.completion().attendedDays(), p.completion().heldDays(), p.completion().totalDays(),
                        p.completion().requiredDays(), p.completion().completed() ? "ja" : "nej")).toList());
    }

    /** One anonymous row per answer, a column per question key. */
    public Table evaluation(UUID eventId, EvaluationResults results, List<Map<String, Object>> answers) {
        List<String> keys = results.questions().stream().map(EvaluationResults.QuestionResult::key).toList();
        return new Table("evaluation-" + eventId, keys,
                answers.stream().map(a -> keys.stream().map(a::get).toList()).toList());
    }

    /** One anonymous row per answer of every evaluated day of a programme: the day, then a column per question key. */
    public Table programmeEvaluation(ProgrammeEvaluationResults results, Map<UUID, List<Map<String, Object>>> answers) {
        List<String> keys = results.overall().stream().map(EvaluationResults.QuestionResult::key).toList();
        List<String> columns = new ArrayList<>(List.of("day", "startsAt"));
        columns.addAll(keys);
        List<List<Object>> rows = new ArrayList<>();
        for (EvaluationResults day : results.days()) {
            for (Map<String, Object> a : answers.getOrDefault(day.eventId(), List.of())) {
                List<Object> row = cells(day.title(), time(day.startsAt()));
                keys.forEach(k -> row.add(a.get(k)));
                rows.add(row);
            }
        }
        return new Table("evaluation-" + results.programmeId(), columns, rows);
    }

    public String name(String municipalityCode) {
        return municipalities.municipality(municipalityCode).map(Municipality::name).orElse(null);
    }

    private static List<Object> person(ParticipantView p) {
        return cells(p.externalId(), p.givenName(), p.familyName(), p.email(), p.title(),
                p.managerLevel() == null ? null : p.managerLevel().name());
    }

    private static List<Object> cells(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        for (Object v : values) {
            row.add(v);
        }
        return row;
    }

    private static String time(OffsetDateTime t) {
        return t == null ? null : LOCAL.format(t);
    }
}
