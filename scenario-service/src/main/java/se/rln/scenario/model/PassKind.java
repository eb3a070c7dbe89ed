package se.rln.scenario.model;

/** Who a workshop pass admits: a member on their phone, or a read-only screen (the projector). */
public enum PassKind {
    PARTICIPANT,
    VIEWER
}
