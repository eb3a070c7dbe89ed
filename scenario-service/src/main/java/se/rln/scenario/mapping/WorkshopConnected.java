package se.rln.scenario.mapping;

import java.util.UUID;
import se.rln.scenario.model.Phase;

/** The first event of every live stream ({@code workshop.connected}): where the workshop stands. */
public record WorkshopConnected(UUID workshopId, Phase phase, long version) {
}
