package se.rln.scenario.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The two axes the group settles on, each a driver with its two poles. */
@Schema(name = "AxesInput")
public record AxesRequest(@NotNull @Valid Axis horizontal, @NotNull @Valid Axis vertical) {

    @Schema(name = "AxisInput")
    public record Axis(@NotNull UUID driverId,
            @Schema(examples = "Brist på personal") @NotBlank @Size(max = 200) String lowPole,
            @Schema(examples = "God tillgång på personal") @NotBlank @Size(max = 200) String highPole) {
    }
}
