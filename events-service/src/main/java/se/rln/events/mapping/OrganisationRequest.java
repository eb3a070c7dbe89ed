package se.rln.events.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.events.model.OrganisationKind;

/** Creates or replaces an organisation. */
@Schema(description = "An organisation that hosts or co-hosts events")
public record OrganisationRequest(
        @Schema(examples = "Kommunförbundet Skåne") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "ASSOCIATION") @NotNull OrganisationKind kind,
        @Schema(description = "SCB municipality code; required for a MUNICIPALITY", examples = "1280")
        @Pattern(regexp = "\\d{4}", message = "must be a four-digit SCB municipality code") String municipalityCode,
        @Schema(description = "SCB county code of a region", examples = "12")
        @Pattern(regexp = "\\d{2}", message = "must be a two-digit SCB county code") String countyCode,
        @Schema(examples = "https://www.kfsk.se") @Size(max = 500)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String website) {
}
