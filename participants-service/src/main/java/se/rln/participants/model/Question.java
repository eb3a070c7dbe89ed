package se.rln.participants.model;

/** One question of an evaluation, stored in its {@code questions} column. */
public record Question(String key, String text, QuestionKind kind) {
}
