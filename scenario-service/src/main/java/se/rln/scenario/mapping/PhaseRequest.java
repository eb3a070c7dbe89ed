package se.rln.scenario.mapping;

import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.scenario.model.Phase;

/** Move the workshop to {@code phase}, which must be the next one. */
@Schema(name = "PhaseChange")
public record PhaseRequest(@NotNull @Schema(examples = "DRIVERS") Phase phase,
        @Schema(description = "Optional deadline for the new phase, shown to everyone") OffsetDateTime deadline) {
}
