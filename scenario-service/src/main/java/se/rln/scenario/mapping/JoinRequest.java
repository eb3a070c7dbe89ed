package se.rln.scenario.mapping;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Joining from a phone: either the member added by name ({@code participantId}), or one of a
 * municipality's places ({@code municipalityCode}) with the name the room should call the person.
 */
@Schema(name = "WorkshopJoinInput")
public record JoinRequest(
        @Schema(description = "A member added by name (one of the join's 'named' places)") UUID participantId,
        @Schema(examples = "1280", description = "One of the municipality's free places")
        @Pattern(regexp = "\\d{4}", message = "must be a four-digit SCB municipality code") String municipalityCode,
        @Schema(examples = "Åsa", description = "What the room calls you; required with municipalityCode")
        @Size(min = 1, max = 100) String displayName) {
}
