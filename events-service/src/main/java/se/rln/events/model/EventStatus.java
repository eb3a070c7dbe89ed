package se.rln.events.model;

import java.util.EnumSet;
import java.util.Set;

/** Lifecycle of an event: DRAFT → PUBLISHED → REGISTRATION_CLOSED → COMPLETED, or CANCELLED. */
public enum EventStatus {
    DRAFT, PUBLISHED, REGISTRATION_CLOSED, COMPLETED, CANCELLED;

    /** The states from which each transition may start. */
    public Set<EventStatus> allowedFrom() {
        return switch (this) {
            case DRAFT -> EnumSet.noneOf(EventStatus.class);
            case PUBLISHED -> EnumSet.of(DRAFT);
            case REGISTRATION_CLOSED -> EnumSet.of(PUBLISHED);
            case COMPLETED -> EnumSet.of(PUBLISHED, REGISTRATION_CLOSED);
            case CANCELLED -> EnumSet.of(DRAFT, PUBLISHED, REGISTRATION_CLOSED);
        };
    }

    public boolean editable() {
        return this == DRAFT || this == PUBLISHED || this == REGISTRATION_CLOSED;
    }
}
