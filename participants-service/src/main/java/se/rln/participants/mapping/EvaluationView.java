package se.rln.participants.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.participants.model.Question;

/** A day's evaluation as the organisers and the day's participants see it. */
@Schema(name = "Evaluation", requiredProperties = { "eventId", "questions", "openedAt", "open", "version" })
public record EvaluationView(
        UUID eventId,
        List<Question> questions,
        OffsetDateTime openedAt,
        OffsetDateTime closesAt,
        @Schema(description = "Whether answers are taken now") boolean open,
        @Schema(description = "How many have answered (organisers only)") Integer answers,
        @Schema(description = "Whether the calling participant has answered (participants only)") Boolean answered,
        long version) {
}
