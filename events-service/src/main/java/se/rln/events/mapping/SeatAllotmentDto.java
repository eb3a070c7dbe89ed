package se.rln.events.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seats reserved for one municipality. */
@Schema(name = "SeatAllotment")
public record SeatAllotmentDto(
        @Schema(examples = "1280") @NotNull
        @Pattern(regexp = "\\d{4}", message = "must be a four-digit SCB municipality code") String municipalityCode,
        @Schema(examples = "Malmö", readOnly = true) String municipalityName,
        @Schema(examples = "6") @NotNull @Min(1) @Max(100000) Integer seats) {
}
