package se.rln.scenario.model;

/** The steps of a scenario-cross workshop, in order; only the facilitator moves on. */
public enum Phase {
    SETUP, FOCAL_QUESTION, DRIVERS, RATING, AXES, SCENARIOS, STRATEGIES, COMPLETED;

    /** The phase before this one, or null for SETUP. */
    public Phase previous() {
        return this == SETUP ? null : values()[ordinal() - 1];
    }

    /** The phase after this one, or null after COMPLETED. */
    public Phase next() {
        return this == COMPLETED ? null : values()[ordinal() + 1];
    }
}
