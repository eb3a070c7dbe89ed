package se.rln.scenario.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Start (or extend) the current phase's timer: it ends this many minutes from now. */
@Schema(name = "PhaseTimer")
public record TimerRequest(@NotNull @Min(1) @Max(240) @Schema(examples = "15") Integer minutes) {
}
