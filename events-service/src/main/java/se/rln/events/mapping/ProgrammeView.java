package se.rln.events.mapping;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme as clients see it. */
@Schema(name = "Programme", requiredProperties = { "id", "title", "ownerOrganisationId", "version" })
public record ProgrammeView(
        UUID id,
        @Schema(examples = "Salutogent ledarskap 2014/15") String title,
        String description,
        String audience,
        UUID ownerOrganisationId,
        @Schema(description = "Days a participant must attend to complete the programme; absent: every day of their "
                + "cohort that took place", examples = "5") Integer completionMinimumDays,
        @Schema(examples = "1") long version) {
}
