package se.rln.scenario.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Deal the members into this many groups, spreading each municipality across them. */
@Schema(name = "GroupAssignment")
public record AssignmentRequest(@NotNull @Min(1) @Max(50) @Schema(examples = "3") Integer groups) {
}
