package se.rln.participants.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.participants.model.QuestionKind;

/** What a day's participants answered, anonymous: counts, means and the free texts, never who. */
@Schema(name = "EvaluationResults", requiredProperties = { "eventId", "responses", "questions" })
public record EvaluationResults(
        UUID eventId,
        @Schema(examples = "Salutogent ledarskap – Grupp 1, dag 1") String title,
        OffsetDateTime startsAt,
        @Schema(description = "How many answered", examples = "21") int responses,
        List<QuestionResult> questions) {

    /** One question's answers. */
    @Schema(name = "QuestionResult", requiredProperties = { "key", "text", "kind", "count" })
    public record QuestionResult(String key, String text, QuestionKind kind,
            @Schema(description = "Answers given to it") int count,
            @Schema(description = "Mean of a SCALE question's answers", examples = "4.3") Double mean,
            @Schema(description = "How many answered 1, 2, 3, 4 and 5 (SCALE)") List<Integer> distribution,
            @Schema(description = "The free texts of a TEXT question, in alphabetical order") List<String> texts) {
    }
}
