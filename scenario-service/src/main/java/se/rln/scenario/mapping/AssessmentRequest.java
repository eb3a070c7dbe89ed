package se.rln.scenario.mapping;

import jakarta.validation.constraints.NotEmpty;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.scenario.model.Quadrant;
import se.rln.scenario.model.Verdict;

/** How the strategy fares per scenario (quadrant); given quadrants replace earlier verdicts. */
@Schema(name = "Assessment")
public record AssessmentRequest(@NotEmpty Map<Quadrant, Verdict> verdicts) {
}
