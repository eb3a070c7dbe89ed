package se.rln.participants.model;

/** Where a registration stands. CONFIRMED and WAITLISTED are live; the rest are final or after the day. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED, ATTENDED, NO_SHOW;

    public boolean live() {
        return this == CONFIRMED || this == WAITLISTED;
    }
}
