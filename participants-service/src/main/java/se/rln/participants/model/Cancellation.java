package se.rln.participants.model;

/** Who cancelled a registration: a roster sync does not overrule the organiser or the person. */
public enum Cancellation {
    /** The event's organisers (or an admin). */
    ORGANISER,
    /** The municipality: one by one, or by leaving the person off its roster. */
    MUNICIPALITY,
    /** The person themselves. */
    PARTICIPANT,
    /** The person was erased. */
    ERASURE,
    /** The event was cancelled. */
    EVENT,
    /** The person was moved to another cohort of the programme. */
    MOVED;

    /** A cancellation the municipality's next roster sync leaves standing rather than re-adding the person. */
    public boolean standsAgainstRoster() {
        return this == ORGANISER || this == PARTICIPANT;
    }
}
