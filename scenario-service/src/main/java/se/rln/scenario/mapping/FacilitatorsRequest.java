package se.rln.scenario.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who facilitates a workshop: the token subjects ({@code sub}) of its facilitators. */
@Schema(name = "FacilitatorsInput")
public record FacilitatorsRequest(
        @Schema(examples = "[\"facilitator-anna\"]") @NotNull @Size(max = 20)
        List<@NotBlank @Size(max = 200) String> facilitators) {
}
