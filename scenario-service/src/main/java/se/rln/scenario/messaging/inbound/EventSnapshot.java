package se.rln.scenario.messaging.inbound;

import java.util.List;
import java.util.UUID;
import se.rln.scenario.model.EventStatus;

/** What this service reads of an event snapshot on {@code leadership.events.v1}. */
public record EventSnapshot(UUID id, long version, String title, EventStatus status, UUID hostOrganisationId,
        List<UUID> coHostOrganisationIds, List<Session> sessions) {

    /** An agenda session; SCENARIO_CROSS_WORKSHOP sessions get a workshop. */
    public record Session(UUID id, String kind, String title) {
    }
}
