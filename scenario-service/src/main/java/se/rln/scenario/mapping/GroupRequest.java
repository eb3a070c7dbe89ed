package se.rln.scenario.mapping;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GroupInput")
public record GroupRequest(@Schema(examples = "Grupp 1") @NotBlank @Size(max = 100) String name) {
}
