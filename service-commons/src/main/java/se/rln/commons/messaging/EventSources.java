package se.rln.commons.messaging;

import java.util.Map;
import se.rln.commons.cloudevents.CloudEvent;

/**
 * Which service may say what: each topic has one owner, and its event types one prefix. A
 * record whose CloudEvent {@code source} is not the owner of its type (a pod producing
 * {@code event.updated} with new organisers, say) is not applied. Kafka ACLs keep others from
 * writing to a topic at all; this keeps a consumer from believing a record that got there anyway.
 */
public final class EventSources {

    private static final Map<String, String> OWNERS = Map.of(
            "event.", "/events-service",
            "cohort.", "/events-service",
            "registration.", "/participants-service",
            "enrolment.", "/participants-service",
            "participant.", "/participants-service",
            "workshop.", "/scenario-service");

    private EventSources() {
    }

    /** The source that owns events of {@code type}, or null when no service does. */
    public static String ownerOf(String type) {
        if (type == null) {
            return null;
        }
        for (Map.Entry<String, String> owner : OWNERS.entrySet()) {
            if (type.startsWith(owner.getKey())) {
                return owner.getValue();
            }
        }
        return null;
    }

    /** Whether the event comes from the service that owns its type. */
    public static boolean fromOwner(CloudEvent event) {
        String owner = ownerOf(event.type());
        return owner != null && owner.equals(event.source());
    }
}
