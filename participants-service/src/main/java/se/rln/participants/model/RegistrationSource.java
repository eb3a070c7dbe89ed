package se.rln.participants.model;

/** Who put a registration in: a coordinator, a municipal HR system's roster sync, or the person. */
public enum RegistrationSource {
    COORDINATOR, MUNICIPAL_SYNC, SELF
}
