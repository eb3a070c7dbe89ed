package se.rln.events.messaging.outbound;

/** The CloudEvent types of {@code leadership.events.v1}; each carries an {@link EventSnapshot}. */
public enum EventType {
    CREATED("event.created"),
    /** Details or the agenda changed. */
    UPDATED("event.updated"),
    PUBLISHED("event.published"),
    REGISTRATION_CLOSED("event.registration-closed"),
    CANCELLED("event.cancelled"),
    COMPLETED("event.completed");

    private final String type;

    EventType(String type) {
        this.type = type;
    }

    /** The CloudEvent {@code type}. */
    public String type() {
        return type;
    }
}
