package se.rln.commons.cloudevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.rln.commons.messaging.PoisonMessageException;

/** Reads structured-mode CloudEvents from record values; anything else is poison. */
@ApplicationScoped
public class CloudEventReader {

    @Inject
    ObjectMapper json;

    public CloudEvent read(String value) {
        if (value == null) {
            throw new PoisonMessageException("record has no value");
        }
        CloudEvent event;
        try {
            event = json.readerFor(CloudEvent.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(value);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("record is not a CloudEvent: " + e.getOriginalMessage(), e);
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion()) || event.id() == null || event.type() == null
                || event.source() == null || event.data() == null) {
            throw new PoisonMessageException("CloudEvent lacks specversion 1.0, id, source, type or data");
        }
        return event;
    }

    /**
     * The event's data as {@code type}. Consumers are tolerant readers: fields a producer added
     * later are ignored, so an additive change of an event type never poisons a topic.
     */
    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return json.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(event.data());
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new PoisonMessageException("data of " + event.type() + " " + event.id() + " cannot be read", e);
        }
    }
}
