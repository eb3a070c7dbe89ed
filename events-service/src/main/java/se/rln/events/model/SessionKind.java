package se.rln.events.model;

/** What happens in an agenda session. */
public enum SessionKind {
    TALK, DIALOGUE, SCENARIO_CROSS_WORKSHOP, BREAK, NETWORKING
}
