package se.rln.events.messaging.outbound;

import se.rln.commons.outbox.EventKind;

/** The CloudEvent types of {@code leadership.events.v1}; each carries an {@link EventSnapshot}. */
public enum EventType implements EventKind {
    CREATED,
    /** Details or the agenda changed. */
    UPDATED,
    PUBLISHED,
    REGISTRATION_CLOSED,
    CANCELLED,
    COMPLETED;

    @Override
    public String topic() {
        return EventJournal.TOPIC;
    }

    @Override
    public String aggregateType() {
        return "event";
    }

    @Override
    public String type() {
        return EventKind.typeOf("event", this);
    }
}
