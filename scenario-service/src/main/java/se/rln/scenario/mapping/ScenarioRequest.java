package se.rln.scenario.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScenarioInput")
public record ScenarioRequest(
        @Schema(examples = "Tillitens välfärd") @NotBlank @Size(max = 200) String name,
        @Size(max = 10000) String narrative,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> implications,
        @Size(max = 50) List<@NotBlank @Size(max = 1000) String> earlyIndicators) {
}
