package se.rln.events.model;

import java.util.Set;

/** Lifecycle of an event: DRAFT → PUBLISHED → REGISTRATION_CLOSED → COMPLETED, or CANCELLED. */
public enum EventStatus {
    DRAFT, PUBLISHED, REGISTRATION_CLOSED, COMPLETED, CANCELLED;

    /** The states from which each transition may start. */
    public Set<EventStatus> allowedFrom() {
        return switch (this) {
            case DRAFT -> Set.of();
            case PUBLISHED -> Set.of(DRAFT);
            case REGISTRATION_CLOSED -> Set.of(PUBLISHED);
            case COMPLETED -> Set.of(PUBLISHED, REGISTRATION_CLOSED);
            case CANCELLED -> Set.of(DRAFT, PUBLISHED, REGISTRATION_CLOSED);
        };
    }

    public boolean editable() {
        return this == DRAFT || this == PUBLISHED || this == REGISTRATION_CLOSED;
    }
}
