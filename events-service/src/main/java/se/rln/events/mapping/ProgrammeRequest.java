package se.rln.events.mapping;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Creates or replaces a programme. */
@Schema(description = "A series of events for one audience")
public record ProgrammeRequest(
        @Schema(examples = "Salutogent ledarskap 2014/15") @NotBlank @Size(max = 200) String title,
        @Schema(examples = "Heldagsseminarier för alla chefer i tre grupper under två terminer") @Size(max = 10000)
        String description,
        @Schema(examples = "Alla chefer i kommunen") @Size(max = 500) String audience,
        @Schema(description = "Organisation that owns the programme") @NotNull UUID ownerOrganisationId,
        @Schema(description = "Days a participant must attend to complete the programme; absent: every day of their "
                + "cohort that took place", examples = "5") @Min(1) @Max(52) Integer completionMinimumDays) {
}
