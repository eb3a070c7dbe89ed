package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.reference.Municipality;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.Completion;
import se.rln.participants.mapping.CompletionReport;
import se.rln.participants.model.CohortSeats;
import se.rln.participants.model.Enrolment;
import se.rln.participants.model.Participant;
import se.rln.participants.repository.CohortSeatsRepository;
import se.rln.participants.repository.CompletionRepository;
import se.rln.participants.repository.ParticipantRepository;

/**
 * Who completed a programme: days attended (in any of the person's cohorts of the programme)
 * against the programme's completion rule, or every day of their cohort when it has none;
 * cancelled days do not count.
 */
@ApplicationScoped
public class Completions {

    static final int MAX_PEOPLE = 5_000;

    @Inject
    CompletionRepository counts;

    @Inject
    CohortSeatsRepository cohorts;

    @Inject
    ParticipantRepository participants;

    @Inject
    RegistrationViews views;

    @Inject
    EnrolmentAccess access;

    @Inject
    Municipalities municipalities;

    @Inject
    Caller caller;

    /** The completion of one enrolment's person in its programme. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Completion of(Enrolment e, CohortSeats cohort) {
        int attended = counts.attended(e.programmeId, List.of(e.participantId)).getOrDefault(e.participantId, 0);
        CompletionRepository.Days days = counts.days(List.of(e.cohortId), now()).getOrDefault(e.cohortId,
                new CompletionRepository.Days(0, 0));
        return Completion.of(attended, days.held(), days.total(), cohort.completionMinimumDays);
    }

    /**
     * The programme's completion report: for its organisers every enrolled person (of one
     * municipality or cohort when asked); for a municipality its own people only.
     */
    @Transactional
    public CompletionReport report(UUID programmeId, String municipality, UUID cohortId) {
        if (programmeId == null) {
            throw ProblemException.invalid("programme", "is required");
        }
        List<CohortSeats> ofProgramme = cohorts.ofProgramme(programmeId);
        if (ofProgramme.isEmpty()) {
            throw ProblemException.notFound("programme", programmeId);
        }
        if (cohortId != null && ofProgramme.stream().noneMatch(c -> c.cohortId.equals(cohortId))) {
            throw ProblemException.invalid("cohort", "no cohort " + cohortId + " in programme " + programmeId);
        }
        String scope = scope(ofProgramme.get(0), municipality);
        List<Enrolment> enrolled = counts.enrolled(programmeId, scope, cohortId, MAX_PEOPLE + 1);
        if (enrolled.size() > MAX_PEOPLE) {
            throw ProblemException.invalid("programme", "more than " + MAX_PEOPLE + " people; ask per municipality or cohort");
        }
        Map<UUID, CohortSeats> byId = ofProgramme.stream().collect(Collectors.toMap(c -> c.cohortId, Function.identity()));
        Map<UUID, Integer> attended = counts.attended(programmeId, enrolled.stream().map(e -> e.participantId).toList());
        Map<UUID, CompletionRepository.Days> days = counts.days(byId.keySet(), now());
        Map<UUID, Participant> people = participants.byIds(enrolled.stream().map(e -> e.participantId).toList());
        List<CompletionReport.Person> rows = new ArrayList<>();
        for (Enrolment e : enrolled) {
            CohortSeats cohort = byId.get(e.cohortId);
            CompletionRepository.Days d = days.getOrDefault(e.cohortId, new CompletionRepository.Days(0, 0));
            rows.add(new CompletionReport.Person(e.id, views.view(people.get(e.participantId)), e.municipalityCode, e.cohortId,
                    cohort.name, Completion.of(attended.getOrDefault(e.participantId, 0), d.held(), d.total(),
                            cohort.completionMinimumDays)));
        }
        CohortSeats any = ofProgramme.get(0);
        return new CompletionReport(programmeId, any.programmeTitle, any.completionMinimumDays, rows,
                counts(rows, p -> p.cohortId().toString(), key -> byId.get(UUID.fromString(key)).name),
                counts(rows, CompletionReport.Person::municipalityCode,
                        key -> municipalities.municipality(key).map(Municipality::name).orElse(null)));
    }

    /** Null for the programme's organisers (or the municipality they ask for); a municipality's own code for it. */
    private String scope(CohortSeats cohort, String municipality) {
        if (access.organises(cohort)) {
            return municipality;
        }
        if (caller.is(Roles.MUNICIPALITY)) {
            String own = caller.municipality().orElseThrow(() -> ProblemException.forbidden("the token carries no municipality"));
            if (municipality != null && !municipality.equals(own)) {
                throw ProblemException.forbidden("a municipality sees only its own people's completion");
            }
            return own;
        }
        throw ProblemException.forbidden("only the programme's organisers and municipalities see its completion");
    }

    /** Enrolled and completed per key, in the order of their names (cohort or municipality), then keys. */
    private static List<CompletionReport.Count> counts(List<CompletionReport.Person> rows,
            Function<CompletionReport.Person, String> key, Function<String, String> name) {
        Map<String, int[]> tally = new LinkedHashMap<>();
        java.util.Comparator<CompletionReport.Person> byName = java.util.Comparator.comparing(
                (CompletionReport.Person p) -> java.util.Objects.toString(name.apply(key.apply(p)), "")).thenComparing(key);
        rows.stream().sorted(byName).forEach(p -> {
            int[] t = tally.computeIfAbsent(key.apply(p), k -> new int[2]);
            t[0]++;
            if (p.completion().completed()) {
                t[1]++;
            }
        });
        return tally.entrySet().stream().map(t -> new CompletionReport.Count(t.getKey(), name.apply(t.getKey()),
                t.getValue()[0], t.getValue()[1])).toList();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
