package se.rln.participants.messaging.outbound;

import se.rln.commons.outbox.EventKind;

/**
 * The CloudEvent types of enrolments on {@code leadership.registrations.v1}; each carries an
 * {@link EnrolmentChange}. Each day's registration changes go out as well, as registration events.
 */
public enum EnrolmentEventType implements EventKind {
    CONFIRMED,
    WAITLISTED,
    PROMOTED,
    /** Cancelled for the whole programme. */
    CANCELLED,
    /** Cancelled here because the person moved to another cohort ({@code movedTo}). */
    MOVED;

    @Override
    public String topic() {
        return RegistrationJournal.TOPIC;
    }

    /** Enrolments are changes of their cohort's seat ledger, keyed by the cohort. */
    @Override
    public String aggregateType() {
        return "cohort";
    }

    @Override
    public String type() {
        return EventKind.typeOf("enrolment", this);
    }
}
