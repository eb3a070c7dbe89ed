package se.rln.scenario.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.scenario.model.SteepCategory;

@Schema(name = "DriverInput")
public record DriverRequest(
        @Schema(examples = "Kompetensförsörjning") @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        @NotNull @Schema(examples = "ECONOMIC") SteepCategory category) {
}
