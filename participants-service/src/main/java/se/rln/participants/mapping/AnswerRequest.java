package se.rln.participants.mapping;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant's answers to a day's evaluation: question key to 1–5 or text. Answered once. */
@Schema(description = "Answers by question key: a whole number 1–5 for a SCALE question, text (at most 2 000 characters) for TEXT",
        examples = "{\"q1\": 5, \"q2\": 4, \"q3\": \"Att fråga mer och styra mindre.\"}")
public record AnswerRequest(@NotNull Map<String, Object> answers) {
}
