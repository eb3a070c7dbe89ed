package se.rln.events.mapping;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The days a series created. */
@Schema(name = "Series", requiredProperties = { "cohortId", "days" })
public record SeriesView(UUID cohortId, List<EventView> days) {
}
