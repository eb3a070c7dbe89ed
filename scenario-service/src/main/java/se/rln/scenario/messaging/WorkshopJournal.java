package se.rln.scenario.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import se.rln.commons.outbox.Outbox;

/**
 * Every change of a workshop goes out on {@code leadership.workshops.v1}, keyed by workshop id,
 * through the outbox in the changing transaction. The same records feed every instance's live
 * streams (see {@link LiveFeed}), so SSE clients on any instance see every change.
 */
@ApplicationScoped
public class WorkshopJournal {

    public static final String TOPIC = "leadership.workshops.v1";
    public static final String CREATED = "workshop.created";
    public static final String PHASE_CHANGED = "workshop.phase-changed";
    public static final String FACILITATORS_CHANGED = "workshop.facilitators-changed";
    public static final String GROUPS_CHANGED = "workshop.groups-changed";
    public static final String FOCAL_QUESTION = "workshop.focal-question-set";
    public static final String DRIVER_ADDED = "workshop.driver-added";
    public static final String DRIVER_MERGED = "workshop.driver-merged";
    public static final String RATINGS = "workshop.ratings-aggregated";
    public static final String VOTES_REVEALED = "workshop.votes-revealed";
    public static final String AXES = "workshop.axes-confirmed";
    public static final String SCENARIO = "workshop.scenario-updated";
    public static final String STRATEGY = "workshop.strategy-updated";
    public static final String COMPLETED = "workshop.completed";
    public static final String CANCELLED = "workshop.cancelled";

    @Inject
    Outbox outbox;

    /** Records a change of workshop {@code workshopId}; {@code data} always carries {@code workshopId}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID workshopId, String type, Object data) {
        outbox.publish(TOPIC, "workshop", workshopId.toString(), type, data);
    }
}
