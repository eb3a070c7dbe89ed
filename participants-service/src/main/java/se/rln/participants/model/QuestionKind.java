package se.rln.participants.model;

/** How an evaluation question is answered. */
public enum QuestionKind {
    /** A whole number from 1 to 5. */
    SCALE,
    /** Free text. */
    TEXT
}
