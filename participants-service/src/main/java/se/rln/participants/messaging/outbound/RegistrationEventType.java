package se.rln.participants.messaging.outbound;

import se.rln.commons.outbox.EventKind;

/**
 * The CloudEvent types of {@code leadership.registrations.v1}; each carries a
 * {@link RegistrationChange}. The same types go to webhook receivers and, without their
 * {@code registration.} prefix, into the change feed.
 */
public enum RegistrationEventType implements EventKind {
    CONFIRMED,
    WAITLISTED,
    PROMOTED,
    /** Lost its seat to a cut of capacity or allotments; now at the head of the waitlist. */
    DEMOTED,
    CANCELLED,
    ATTENDED,
    NO_SHOW;

    @Override
    public String topic() {
        return RegistrationJournal.TOPIC;
    }

    /** Registrations are changes of their event's seat ledger, keyed by the event. */
    @Override
    public String aggregateType() {
        return "event";
    }

    @Override
    public String type() {
        return EventKind.typeOf("registration", this);
    }

    /** The change feed's name of it: {@code promoted}, {@code no-show}, … */
    public String change() {
        return type().substring("registration.".length());
    }
}
