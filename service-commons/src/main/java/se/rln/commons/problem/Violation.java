package se.rln.commons.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field-level reason a request was refused. */
@Schema(name = "Violation", description = "A field (JSON pointer-like path, query or header name) and why it was refused")
public record Violation(
        @Schema(examples = "endsAt") String field,
        @Schema(examples = "must be after startsAt") String message) {
}
