package se.rln.scenario.model;

/** How a strategy fares in one scenario. */
public enum Verdict {
    HOLDS, PARTLY, FAILS
}
