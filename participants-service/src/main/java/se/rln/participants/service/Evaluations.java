package se.rln.participants.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.problem.Violation;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.AnswerRequest;
import se.rln.participants.mapping.EvaluationRequest;
import se.rln.participants.mapping.EvaluationResults;
import se.rln.participants.mapping.EvaluationView;
import se.rln.participants.mapping.ProgrammeEvaluationResults;
import se.rln.participants.model.CohortSeats;
import se.rln.participants.model.Evaluation;
import se.rln.participants.model.EvaluationAnswer;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.EventStatus;
import se.rln.participants.model.Question;
import se.rln.participants.model.QuestionKind;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.repository.CohortSeatsRepository;
import se.rln.participants.repository.EvaluationRepository;
import se.rln.participants.repository.EventSeatsRepository;
import se.rln.participants.repository.RegistrationRepository;

/**
 * Evaluations of days. The day's organisers open one once the day has started; each person with
 * a seat (confirmed or attended) answers once, with their own participant token; results are
 * anonymous (counts, means, free texts in alphabetical order) and for the organisers only.
 */
@ApplicationScoped
public class Evaluations {

    static final int MAX_TEXT = 2_000;
    static final List<Question> HOUSE_QUESTIONS = List.of(
            new Question("q1", "Hur nöjd är du med dagen som helhet?", QuestionKind.SCALE),
            new Question("q2", "Hur användbart är innehållet i ditt arbete som chef?", QuestionKind.SCALE),
            new Question("q3", "Vad tar du med dig?", QuestionKind.TEXT));
    private static final Set<RegistrationStatus> ANSWERING = Set.of(RegistrationStatus.CONFIRMED, RegistrationStatus.ATTENDED);

    @Inject
    EvaluationRepository evaluations;

    @Inject
    EventSeatsRepository events;

    @Inject
    CohortSeatsRepository cohorts;

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegistrationAccess access;

    @Inject
    EnrolmentAccess enrolmentAccess;

    @Inject
    Caller caller;

    @Transactional
    public EvaluationView open(UUID eventId, EvaluationRequest request) {
        EventSeats event = organised(eventId);
        OffsetDateTime now = now();
        if (event.startsAt.isAfter(now)) {
            throw ProblemException.conflict("event-not-started", "a day is evaluated once it has started (" + event.startsAt + ")");
        }
        if (event.status == EventStatus.CANCELLED) {
            throw ProblemException.conflict("event-cancelled", "a cancelled day is not evaluated");
        }
        List<Question> questions = questions(request.questions());
        if (request.closesAt() != null && !request.closesAt().isAfter(now)) {
            throw ProblemException.invalid("closesAt", "must be in the future");
        }
        Evaluation e = evaluations.findById(eventId);
        if (e == null) {
            e = new Evaluation();
            e.eventId = eventId;
            e.openedAt = now;
            e.questions = questions;
            evaluations.persist(e);
        } else if (!e.questions.equals(questions) && evaluations.countAnswers(eventId) > 0) {
            throw ProblemException.conflict("evaluation-answered", "people have answered; the questions stay as they are");
        } else {
            e.questions = questions;
        }
        e.closesAt = request.closesAt();
        evaluations.flush();
        return view(e, event);
    }

    @Transactional
    public EvaluationView get(UUID eventId) {
        EventSeats event = events.findById(eventId);
        Evaluation e = event == null ? null : evaluations.findById(eventId);
        if (e == null || !(access.organises(event) || answering(event) != null)) {
            throw ProblemException.notFound("evaluation", eventId);
        }
        return view(e, event);
    }

    @Transactional
    public EvaluationView answer(UUID eventId, AnswerRequest request) {
        EventSeats event = events.findById(eventId);
        Evaluation e = event == null ? null : evaluations.findById(eventId);
        UUID person = event == null ? null : answering(event);
        if (e == null || person == null) {
            throw ProblemException.notFound("evaluation", eventId);
        }
        if (!e.open(now())) {
            throw ProblemException.conflict("evaluation-closed", "the evaluation closed at " + e.closesAt);
        }
        Map<String, Object> answers = checked(e.questions, request.answers());
        if (evaluations.answered(eventId, person)) {
            throw ProblemException.conflict("already-answered", "each participant answers the evaluation once");
        }
        EvaluationAnswer a = new EvaluationAnswer();
        a.eventId = eventId;
        a.participantId = person;
        a.answers = answers;
        a.answeredOn = LocalDate.now(Times.STOCKHOLM);
        evaluations.persist(a);
        evaluations.flush();
        return view(e, event);
    }

    @Transactional
    public EvaluationResults results(UUID eventId) {
        EventSeats event = organised(eventId);
        Evaluation e = evaluations.findById(eventId);
        if (e == null) {
            throw ProblemException.notFound("evaluation", eventId);
        }
        return results(e, event);
    }

    /** Every evaluated day of a programme, for its organisers, and each question over all of them. */
    @Transactional
    public ProgrammeEvaluationResults programme(UUID programmeId) {
        List<CohortSeats> ofProgramme = cohorts.ofProgramme(programmeId);
        if (ofProgramme.isEmpty()) {
            throw ProblemException.notFound("programme", programmeId);
        }
        if (!enrolmentAccess.organises(ofProgramme.get(0))) {
            throw ProblemException.forbidden("only the programme's organisers see its evaluations");
        }
        Map<UUID, EventSeats> days = new HashMap<>();
        ofProgramme.forEach(c -> events.daysOf(c.cohortId).forEach(d -> days.put(d.eventId, d)));
        List<EvaluationResults> results = new ArrayList<>();
        List<EvaluationResultsMaker.Day> all = new ArrayList<>();
        evaluations.of(days.keySet()).stream().sorted(java.util.Comparator.comparing(e -> days.get(e.eventId).startsAt))
                .forEach(e -> {
                    List<EvaluationAnswer> answers = evaluations.answersTo(e.eventId);
                    results.add(results(e, days.get(e.eventId), answers));
                    all.add(new EvaluationResultsMaker.Day(e.questions, answers));
                });
        return new ProgrammeEvaluationResults(programmeId, ofProgramme.get(0).programmeTitle, results,
                EvaluationResultsMaker.overall(all));
    }

    /** The answers as rows, anonymous: no respondent, no time, in an order that tells nothing. */
    @Transactional
    public List<Map<String, Object>> answerRows(UUID eventId) {
        results(eventId);
        return evaluations.answersTo(eventId).stream().map(a -> a.answers)
                .sorted(java.util.Comparator.comparing(Object::toString)).toList();
    }

    /** Each evaluated day of the results with its answers as anonymous rows, in the days' order. */
    @Transactional
    public Map<UUID, List<Map<String, Object>>> programmeAnswerRows(ProgrammeEvaluationResults results) {
        Map<UUID, List<Map<String, Object>>> rows = new java.util.LinkedHashMap<>();
        results.days().forEach(d -> rows.put(d.eventId(), evaluations.answersTo(d.eventId()).stream().map(a -> a.answers)
                .sorted(java.util.Comparator.comparing(Object::toString)).toList()));
        return rows;
    }

    private EvaluationResults results(Evaluation e, EventSeats event) {
        return results(e, event, evaluations.answersTo(e.eventId));
    }

    private static EvaluationResults results(Evaluation e, EventSeats event, List<EvaluationAnswer> answers) {
        return new EvaluationResults(e.eventId, event.title, Times.local(event.startsAt), answers.size(),
                EvaluationResultsMaker.results(e.questions, answers));
    }

    /** The calling participant, when they hold a seat on the day (confirmed or attended); else null. */
    private UUID answering(EventSeats event) {
        if (!caller.is(Roles.PARTICIPANT)) {
            return null;
        }
        return caller.participant().filter(p -> registrations.live(event.eventId, p).map(r -> ANSWERING.contains(r.status))
                .orElse(false)).orElse(null);
    }

    private EventSeats organised(UUID eventId) {
        EventSeats event = events.findById(eventId);
        if (event == null || (event.status == EventStatus.DRAFT && !access.organises(event))) {
            throw ProblemException.notFound("event", eventId);
        }
        if (!access.organises(event)) {
            throw ProblemException.forbidden("only the day's organisers open and read its evaluation");
        }
        return event;
    }

    private EvaluationView view(Evaluation e, EventSeats event) {
        boolean organiser = access.organises(event);
        return new EvaluationView(e.eventId, e.questions, Times.local(e.openedAt), Times.local(e.closesAt), e.open(now()),
                organiser ? (int) evaluations.countAnswers(e.eventId) : null,
                organiser ? null : evaluations.answered(e.eventId, caller.participant().orElse(null)), e.version);
    }

    static List<Question> questions(List<EvaluationRequest.QuestionInput> given) {
        if (given == null) {
            return HOUSE_QUESTIONS;
        }
        List<Question> questions = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Violation> v = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            EvaluationRequest.QuestionInput q = given.get(i);
            String key = q.key() != null ? q.key() : "q" + (i + 1);
            if (!keys.add(key)) {
                v.add(new Violation("questions[" + i + "].key", "appears twice"));
            }
            questions.add(new Question(key, q.text().strip(), q.kind()));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        return questions;
    }

    /** The answers as stored: each to a known question, a whole number 1–5 or a text; at least one. */
    static Map<String, Object> checked(List<Question> questions, Map<String, Object> given) {
        Map<String, Question> byKey = new HashMap<>();
        questions.forEach(q -> byKey.put(q.key(), q));
        List<Violation> v = new ArrayList<>();
        Map<String, Object> answers = new HashMap<>();
        given.forEach((key, value) -> {
            Question q = byKey.get(key);
            String field = "answers." + key;
            if (q == null) {
                v.add(new Violation(field, "no such question; the questions are " + byKey.keySet()));
            } else if (value == null) {
                return;
            } else if (q.kind() == QuestionKind.SCALE) {
                if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) && n.intValue() >= 1
                        && n.intValue() <= 5) {
                    answers.put(key, n.intValue());
                } else {
                    v.add(new Violation(field, "must be a whole number from 1 to 5"));
                }
            } else if (!(value instanceof String s) || s.isBlank()) {
                v.add(new Violation(field, "must be text"));
            } else if (s.length() > MAX_TEXT) {
                v.add(new Violation(field, "must be at most " + MAX_TEXT + " characters"));
            } else {
                answers.put(key, s.strip());
            }
        });
        if (v.isEmpty() && answers.isEmpty()) {
            v.add(new Violation("answers", "answer at least one question"));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        return answers;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
