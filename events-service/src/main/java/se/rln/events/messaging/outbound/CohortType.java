package se.rln.events.messaging.outbound;

import se.rln.commons.outbox.EventKind;

/** The CloudEvent types of cohorts on {@code leadership.events.v1}; each carries a {@link CohortSnapshot}. */
public enum CohortType implements EventKind {
    CREATED,
    /** Its name, seats or its programme's completion rule changed. */
    UPDATED,
    DELETED;

    @Override
    public String topic() {
        return EventJournal.TOPIC;
    }

    @Override
    public String aggregateType() {
        return "cohort";
    }

    @Override
    public String type() {
        return EventKind.typeOf("cohort", this);
    }
}
