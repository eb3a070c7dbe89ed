package se.rln.participants.mapping;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves an enrolment to another cohort of the same programme. */
@Schema(description = "The cohort to move to")
public record MoveRequest(@Schema(description = "Another cohort of the same programme") @NotNull UUID cohortId) {
}
