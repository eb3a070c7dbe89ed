package se.rln.scenario.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member the facilitator adds (standalone workshops, or people not registered through the event). */
@Schema(name = "MemberInput")
public record MemberRequest(@NotNull UUID participantId,
        @Pattern(regexp = "\\d{4}", message = "must be a four-digit SCB municipality code") String municipalityCode,
        @Schema(examples = "Åsa") @Size(max = 100) String displayName,
        @Schema(description = "Seat them at this group at once") UUID groupId) {
}
