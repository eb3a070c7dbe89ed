package se.rln.participants.model;

/** Where an enrolment in a cohort stands; CONFIRMED and WAITLISTED are live. */
public enum EnrolmentStatus {
    CONFIRMED, WAITLISTED, CANCELLED;

    public boolean live() {
        return this != CANCELLED;
    }

    /** The status each of the enrolment's day registrations has while the enrolment has this one. */
    public RegistrationStatus onEachDay() {
        return switch (this) {
            case CONFIRMED -> RegistrationStatus.CONFIRMED;
            case WAITLISTED -> RegistrationStatus.WAITLISTED;
            case CANCELLED -> RegistrationStatus.CANCELLED;
        };
    }
}
