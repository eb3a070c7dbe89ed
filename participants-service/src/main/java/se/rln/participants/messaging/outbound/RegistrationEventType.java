package se.rln.participants.messaging.outbound;

/**
 * The CloudEvent types of {@code leadership.registrations.v1}; each carries a
 * {@link RegistrationChange}. The same types go to webhook receivers and, without their
 * {@code registration.} prefix, into the change feed.
 */
public enum RegistrationEventType {
    CONFIRMED("registration.confirmed"),
    WAITLISTED("registration.waitlisted"),
    PROMOTED("registration.promoted"),
    /** Lost its seat to a cut of capacity or allotments; now at the head of the waitlist. */
    DEMOTED("registration.demoted"),
    CANCELLED("registration.cancelled"),
    ATTENDED("registration.attended"),
    NO_SHOW("registration.no-show");

    private final String type;

    RegistrationEventType(String type) {
        this.type = type;
    }

    /** The CloudEvent {@code type}. */
    public String type() {
        return type;
    }

    /** The change feed's name of it: {@code promoted}, {@code no-show}, … */
    public String change() {
        return type.substring("registration.".length());
    }
}
