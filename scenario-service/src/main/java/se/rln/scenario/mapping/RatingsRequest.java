package se.rln.scenario.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's ratings of some of their group's drivers; each replaces the caller's earlier one. */
@Schema(name = "Ratings")
public record RatingsRequest(@NotEmpty @Size(max = 200) List<@Valid @NotNull Rating> ratings) {

    @Schema(name = "RatingInput")
    public record Rating(@NotNull UUID driverId,
            @NotNull @Min(1) @Max(5) @Schema(examples = "4") Integer impact,
            @NotNull @Min(1) @Max(5) @Schema(examples = "5") Integer uncertainty) {
    }
}
