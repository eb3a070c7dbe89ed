package se.rln.commons.cloudevents;

import com.fasterxml.jackson.core.JsonProcessingException;
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
            event = json.readValue(value, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new PoisonMessageException("record is not a CloudEvent: " + e.getOriginalMessage(), e);
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion()) || event.id() == null || event.type() == null
                || event.source() == null || event.data() == null) {
            throw new PoisonMessageException("CloudEvent lacks specversion 1.0, id, source, type or data");
        }
        return event;
    }

    public <T> T data(CloudEvent event, Class<T> type) {
        try {
            return json.treeToValue(event.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new PoisonMessageException("data of " + event.type() + " " + event.id() + " cannot be read", e);
        }
    }
}
