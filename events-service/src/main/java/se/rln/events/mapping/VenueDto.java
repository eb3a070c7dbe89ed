package se.rln.events.mapping;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an event takes place. */
@Schema(name = "Venue")
public record VenueDto(
        @Schema(examples = "Kommunförbundet Skåne, konferenslokal") @Size(max = 200) String name,
        @Schema(examples = "Gustav Adolfs torg 47") @Size(max = 300) String address,
        @Schema(examples = "Lund") @Size(max = 100) String city) {
}
