package se.rln.participants.model;

/** An event's lifecycle state as events-service publishes it in its snapshots (the AsyncAPI EventSnapshot.status). */
public enum EventStatus {
    DRAFT, PUBLISHED, REGISTRATION_CLOSED, COMPLETED, CANCELLED
}
