package se.rln.participants.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How far a person has come in a programme: days attended against its completion rule. */
@Schema(name = "Completion", requiredProperties = { "attendedDays", "heldDays", "totalDays", "requiredDays", "completed" })
public record Completion(
        @Schema(description = "Days of the programme the person attended (in any of its cohorts)", examples = "5") int attendedDays,
        @Schema(description = "Days of the person's cohort that have taken place", examples = "6") int heldDays,
        @Schema(description = "Days of the person's cohort, cancelled days not counted", examples = "6") int totalDays,
        @Schema(description = "Days the programme's completion rule asks for (every day of the cohort when it has none)",
                examples = "5") int requiredDays,
        @Schema(description = "Whether the completion rule is met") boolean completed) {

    public static Completion of(int attended, int held, int total, Integer minimum) {
        int required = minimum != null ? minimum : total;
        return new Completion(attended, held, total, required, total > 0 && attended >= required);
    }
}
