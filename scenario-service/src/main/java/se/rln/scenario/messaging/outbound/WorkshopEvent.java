package se.rln.scenario.messaging.outbound;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.rln.commons.outbox.EventKind;
import se.rln.scenario.mapping.AxesView;
import se.rln.scenario.mapping.DriverView;
import se.rln.scenario.mapping.GroupView;
import se.rln.scenario.mapping.ScenarioView;
import se.rln.scenario.mapping.StrategyView;
import se.rln.scenario.model.Phase;

/**
 * The contract of {@code leadership.workshops.v1}: one record per event type, its CloudEvent
 * type beside it. The gateway's AsyncAPI document describes exactly these (checked by
 * {@code WorkshopEventContractTest}); every instance's live streams carry the same data.
 */
public sealed interface WorkshopEvent extends EventKind {

    /** The workshop the event is about: the record key and the CloudEvent subject. */
    UUID workshopId();

    /** The CloudEvent type. */
    @Override
    String type();

    @Override
    default String topic() {
        return WorkshopJournal.TOPIC;
    }

    @Override
    default String aggregateType() {
        return "workshop";
    }

    /** A workshop was created, standalone or for an event's scenario-cross session. */
    record Created(UUID workshopId, String title, UUID eventId, UUID sessionId, long version) implements WorkshopEvent {
        public String type() {
            return "workshop.created";
        }
    }

    /** The workshop moved to another phase (forward, or one back), or its phase timer was started, extended or stopped. */
    record PhaseChanged(UUID workshopId, Phase phase, OffsetDateTime deadline, long version) implements WorkshopEvent {
        public String type() {
            return "workshop.phase-changed";
        }
    }

    /** The organisers named the facilitators: how many, not who (subjects stay with the organisers). */
    record FacilitatorsChanged(UUID workshopId, int facilitators, long version) implements WorkshopEvent {
        public String type() {
            return "workshop.facilitators-changed";
        }
    }

    /** Groups formed, or members dealt into them. */
    record GroupsChanged(UUID workshopId, List<Seating> groups) implements WorkshopEvent {
        public String type() {
            return "workshop.groups-changed";
        }
    }

    /** Who sits in one group. */
    record Seating(UUID groupId, String name, List<UUID> members) {
    }

    /** A group set its focal question. */
    record FocalQuestionSet(UUID workshopId, UUID groupId, String question, String horizon, long version)
            implements WorkshopEvent {
        public String type() {
            return "workshop.focal-question-set";
        }
    }

    /** A driver was added or edited. */
    record DriverAdded(UUID workshopId, DriverView driver) implements WorkshopEvent {
        public String type() {
            return "workshop.driver-added";
        }
    }

    /** A duplicate driver was merged into another. */
    record DriverMerged(UUID workshopId, UUID groupId, UUID merged, DriverView into) implements WorkshopEvent {
        public String type() {
            return "workshop.driver-merged";
        }
    }

    /** A group's ratings changed: its drivers with their new aggregates. */
    record RatingsAggregated(UUID workshopId, UUID groupId, List<DriverView> drivers) implements WorkshopEvent {
        public String type() {
            return "workshop.ratings-aggregated";
        }
    }

    /** The facilitator revealed a group's dot votes: its drivers with everyone's dots. */
    record VotesRevealed(UUID workshopId, UUID groupId, List<DriverView> drivers) implements WorkshopEvent {
        public String type() {
            return "workshop.votes-revealed";
        }
    }

    /** A group confirmed its axes; its four scenarios exist. */
    record AxesConfirmed(UUID workshopId, GroupView group, List<ScenarioView> scenarios) implements WorkshopEvent {
        public String type() {
            return "workshop.axes-confirmed";
        }
    }

    /** A scenario was written. */
    record ScenarioUpdated(UUID workshopId, UUID groupId, ScenarioView scenario) implements WorkshopEvent {
        public String type() {
            return "workshop.scenario-updated";
        }
    }

    /** A strategy was added or assessed. */
    record StrategyUpdated(UUID workshopId, StrategyView strategy) implements WorkshopEvent {
        public String type() {
            return "workshop.strategy-updated";
        }
    }

    /** The workshop completed: what it produced, without names; events-service attaches it to the event. */
    record Completed(UUID workshopId, UUID eventId, UUID sessionId, String title, long version, List<GroupOutcome> groups)
            implements WorkshopEvent {
        public String type() {
            return "workshop.completed";
        }
    }

    /** One group's focal question, axes, scenarios and strategies (most robust first). */
    record GroupOutcome(String name, String focalQuestion, String horizon, AxesView axes, List<ScenarioView> scenarios,
            List<StrategyView> strategies) {
    }

    /** The event was cancelled, and with it the workshop. */
    record Cancelled(UUID workshopId, UUID eventId, long version) implements WorkshopEvent {
        public String type() {
            return "workshop.cancelled";
        }
    }
}
