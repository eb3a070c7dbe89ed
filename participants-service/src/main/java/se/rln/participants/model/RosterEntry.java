package se.rln.participants.model;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What a roster sync plans over: a person's place on an event (a registration) or in a cohort (an enrolment). */
public interface RosterEntry {

    /** The person holding the place. */
    UUID holder();

    /** Whether the place is live (confirmed or waitlisted): a person off the list loses it. */
    boolean holds();

    /** When it was taken: leaving people are cancelled oldest first. */
    OffsetDateTime since();
}
