package se.rln.events.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What happens to confirmed seats that a cut of the capacity or a change of the allotments
 * leaves without a seat.
 */
@Schema(description = "KEEP: everyone confirmed keeps their seat and nobody new gets one until the event is back within "
        + "its seats. WAITLIST_NEWEST: the most recently confirmed lose their seats and go to the head of the waitlist, "
        + "oldest first.")
public enum OverbookingPolicy {
    KEEP,
    WAITLIST_NEWEST
}
