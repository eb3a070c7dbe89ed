package se.rln.events.mapping;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.events.model.OrganisationKind;

/** An organisation as clients see it. */
@Schema(name = "Organisation", requiredProperties = { "id", "name", "kind", "version" })
public record OrganisationView(
        UUID id,
        @Schema(examples = "Kommunförbundet Skåne") String name,
        OrganisationKind kind,
        @Schema(examples = "1280") String municipalityCode,
        @Schema(examples = "Malmö") String municipalityName,
        @Schema(examples = "12") String countyCode,
        String website,
        @Schema(examples = "1") long version) {
}
