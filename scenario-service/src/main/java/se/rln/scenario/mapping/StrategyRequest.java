package se.rln.scenario.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StrategyInput")
public record StrategyRequest(
        @Schema(examples = "Gemensam introduktion för nya chefer i regionen") @NotBlank @Size(max = 300) String title,
        @Size(max = 5000) String description) {
}
