package se.rln.participants.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers one person on an event. */
@Schema(description = "A registration of one person")
public record RegistrationRequest(@NotNull @Valid ParticipantDto participant) {
}
