package se.rln.events.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone who speaks in a session. Stored as JSON inside the session. */
@Schema(description = "A speaker of a session")
public record Speaker(
        @Schema(examples = "Sara Henrysson Eidvall") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "leg. psykolog, specialist i arbets- och organisationspsykologi") @Size(max = 300) String title,
        @Schema(examples = "FSS region Skåne") @Size(max = 300) String affiliation) {
}
