package se.rln.participants.model;

/** A participant's place in the management structure. */
public enum ManagerLevel {
    ASPIRING, FIRST_LINE, MIDDLE, SENIOR, EXECUTIVE
}
