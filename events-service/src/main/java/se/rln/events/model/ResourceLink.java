package se.rln.events.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A link to material about an event (video, slides, article). Stored as JSON. */
@Schema(description = "A link to material about the event")
public record ResourceLink(
        @Schema(examples = "Videoklipp från dagen") @NotBlank @Size(max = 200) String title,
        @Schema(examples = "https://www.kfsk.se/") @NotNull @Size(max = 2000)
        @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url) {
}
