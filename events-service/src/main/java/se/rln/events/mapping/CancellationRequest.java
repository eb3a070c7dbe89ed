package se.rln.events.mapping;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an event is cancelled; shown to registrants. */
public record CancellationRequest(
        @Schema(examples = "För få anmälda") @Size(max = 1000) String reason) {
}
