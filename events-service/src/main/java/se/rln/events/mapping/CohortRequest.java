package se.rln.events.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates or replaces a cohort of a programme. Its seats are the seats of each of its days. */
@Schema(description = "A cohort (group) of a programme")
public record CohortRequest(
        @Schema(examples = "Grupp 1") @NotBlank @Size(max = 100) String name,
        @Schema(description = "Seats on every day of the cohort", examples = "30") @NotNull @Min(1) @Max(100000)
        Integer capacity,
        @Size(max = 290) List<@Valid @NotNull SeatAllotmentDto> seatAllotments) {
}
