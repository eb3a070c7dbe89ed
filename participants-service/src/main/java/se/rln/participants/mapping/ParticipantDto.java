package se.rln.participants.mapping;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.participants.model.ManagerLevel;

/** A person as a municipality or coordinator registers them. Matched on externalId, then e-mail. */
@Schema(name = "ParticipantInput")
public record ParticipantDto(
        @Schema(description = "The person's id in the municipality's HR system", examples = "HR-10442")
        @Size(max = 100) String externalId,
        @Schema(examples = "Åsa") @NotBlank @Size(max = 100) String givenName,
        @Schema(examples = "Öberg") @NotBlank @Size(max = 100) String familyName,
        @Schema(examples = "asa.oberg@malmo.se") @NotBlank @Email @Size(max = 254) String email,
        @Schema(examples = "Enhetschef, individ- och familjeomsorgen") @Size(max = 200) String title,
        @Schema(examples = "FIRST_LINE") ManagerLevel managerLevel,
        @Schema(examples = "1280") @NotBlank
        @Pattern(regexp = "\\d{4}", message = "must be a four-digit SCB municipality code") String municipalityCode) {
}
