package se.rln.participants.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.participants.model.QuestionKind;

/** Opens (or, before anyone answered, changes) a day's evaluation. */
@Schema(description = "A day's evaluation: a few 1–5 questions and free text. Without questions, the house's three are asked.")
public record EvaluationRequest(
        @Size(min = 1, max = 10) List<@Valid @NotNull QuestionInput> questions,
        @Schema(description = "When answers stop being taken; absent: open until changed", examples = "2027-10-28T23:59:00+02:00")
        OffsetDateTime closesAt) {

    /** One question. */
    @Schema(name = "EvaluationQuestionInput")
    public record QuestionInput(
            @Schema(description = "A short key for the answers (default q1, q2, …)", examples = "helhet")
            @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be 1–40 lower-case letters, digits or dashes") String key,
            @Schema(examples = "Vad tar du med dig?") @NotBlank @Size(max = 300) String text,
            @Schema(examples = "TEXT") @NotNull QuestionKind kind) {
    }
}
