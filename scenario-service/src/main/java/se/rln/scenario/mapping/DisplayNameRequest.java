package se.rln.scenario.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DisplayName")
public record DisplayNameRequest(@Schema(examples = "Åsa i Malmö") @NotBlank @Size(max = 100) String displayName) {
}
