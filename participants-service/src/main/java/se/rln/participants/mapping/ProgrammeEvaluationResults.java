package se.rln.participants.mapping;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme's evaluations: each day's results, and every question over all its days (by key). */
@Schema(name = "ProgrammeEvaluationResults", requiredProperties = { "programmeId", "days", "overall" })
public record ProgrammeEvaluationResults(
        UUID programmeId,
        @Schema(examples = "Salutogent ledarskap 2014/15") String programmeTitle,
        List<EvaluationResults> days,
        @Schema(description = "Each question key over every day that asked it") List<EvaluationResults.QuestionResult> overall) {
}
