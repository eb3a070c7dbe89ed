package se.rln.events.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** What this service reads of {@code workshop.completed}; the groups are kept as they came. */
public record WorkshopReport(UUID workshopId, UUID eventId, String title, long version, JsonNode groups) {
}
