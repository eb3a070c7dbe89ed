package se.rln.participants.mapping;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the person came. */
public record AttendanceRequest(@Schema(examples = "true") @NotNull Boolean attended) {
}
