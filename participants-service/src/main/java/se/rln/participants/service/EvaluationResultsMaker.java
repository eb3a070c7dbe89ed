package se.rln.participants.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.rln.participants.mapping.EvaluationResults;
import se.rln.participants.model.EvaluationAnswer;
import se.rln.participants.model.Question;
import se.rln.participants.model.QuestionKind;

/** Pure: answers to anonymous results (counts, means, distributions, texts in alphabetical order). */
public final class EvaluationResultsMaker {

    private EvaluationResultsMaker() {
    }

    public static List<EvaluationResults.QuestionResult> results(List<Question> questions, Collection<EvaluationAnswer> answers) {
        List<EvaluationResults.QuestionResult> results = new ArrayList<>();
        for (Question q : questions) {
            List<Object> given = answers.stream().map(a -> a.answers.get(q.key())).filter(Objects::nonNull).toList();
            if (q.kind() == QuestionKind.SCALE) {
                int[] counts = new int[5];
                given.forEach(v -> counts[((Number) v).intValue() - 1]++);
                Double mean = given.isEmpty() ? null
                        : Math.round(given.stream().mapToInt(v -> ((Number) v).intValue()).average().orElse(0) * 10) / 10.0;
                results.add(new EvaluationResults.QuestionResult(q.key(), q.text(), q.kind(), given.size(), mean,
                        java.util.Arrays.stream(counts).boxed().toList(), null));
            } else {
                results.add(new EvaluationResults.QuestionResult(q.key(), q.text(), q.kind(), given.size(), null, null,
                        given.stream().map(Object::toString).sorted(String.CASE_INSENSITIVE_ORDER).toList()));
            }
        }
        return results;
    }

    /** One day's questions and answers. */
    public record Day(List<Question> questions, List<EvaluationAnswer> answers) {
    }

    /** Each question key over several days: the first day's text, every answer of the same kind counted. */
    public static List<EvaluationResults.QuestionResult> overall(List<Day> days) {
        Map<String, Question> byKey = new LinkedHashMap<>();
        Map<String, List<EvaluationAnswer>> answers = new LinkedHashMap<>();
        days.forEach(day -> day.questions().forEach(q -> {
            byKey.putIfAbsent(q.key(), q);
            if (byKey.get(q.key()).kind() == q.kind()) {
                answers.computeIfAbsent(q.key(), k -> new ArrayList<>()).addAll(day.answers());
            }
        }));
        List<EvaluationResults.QuestionResult> overall = new ArrayList<>();
        byKey.forEach((key, q) -> overall.addAll(results(List.of(q), answers.getOrDefault(key, List.of()))));
        return overall;
    }
}
