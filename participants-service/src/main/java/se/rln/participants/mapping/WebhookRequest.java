package se.rln.participants.mapping;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription to push: a municipality's people on every event, or one event's registrations. */
@Schema(name = "WebhookRequest", description = "Exactly one of municipalityCode and eventId")
public record WebhookRequest(
        @Schema(description = "HTTPS URL that receives each change as a signed CloudEvent", examples = "https://hr.malmo.se/rln/webhook")
        @NotNull @Size(max = 2000) String url,
        @Schema(description = "The changes of this municipality's people (a municipal system, for its own code)", examples = "1280")
        String municipalityCode,
        @Schema(description = "The changes of this event's registrations (its organisers)") UUID eventId,
        @Schema(description = "CloudEvent types to receive; absent or empty: all of them",
                examples = "[\"registration.confirmed\", \"registration.cancelled\"]")
        @Size(max = 20) List<String> changeTypes,
        @Schema(examples = "Personalsystemet Heroma, nattlig synk") @Size(max = 200) String description) {
}
