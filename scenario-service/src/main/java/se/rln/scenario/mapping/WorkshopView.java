package se.rln.scenario.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.scenario.model.Phase;

@Schema(name = "Workshop", requiredProperties = { "id", "title", "phase", "cancelled", "dotBudget", "minRatings", "groups", "members", "version", "createdAt" })
public record WorkshopView(UUID id, String title, UUID eventId, UUID sessionId, List<UUID> organisers,
        List<String> facilitators, Phase phase, OffsetDateTime phaseDeadline, boolean cancelled, int dotBudget,
        int minRatings, int groups, int members, long version, OffsetDateTime createdAt) {
}
