package se.rln.scenario.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FocalQuestion")
public record FocalQuestionRequest(
        @Schema(examples = "Hur ser socialtjänstens ledarskap ut 2035?") @NotBlank @Size(max = 500) String question,
        @Schema(examples = "2035") @Size(max = 50) String horizon) {
}
