package se.rln.participants.mapping;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who completed a programme: each enrolled person, and counts per cohort and per municipality. */
@Schema(name = "CompletionReport", requiredProperties = { "programmeId", "people", "byCohort", "byMunicipality" })
public record CompletionReport(
        UUID programmeId,
        @Schema(examples = "Salutogent ledarskap 2014/15") String programmeTitle,
        @Schema(description = "The programme's completion rule: days to attend; absent means every day of the cohort")
        Integer completionMinimumDays,
        List<Person> people,
        List<Count> byCohort,
        List<Count> byMunicipality) {

    /** One enrolled person's completion. */
    @Schema(name = "PersonCompletion", requiredProperties = { "enrolmentId", "participant", "municipalityCode", "cohortId", "completion" })
    public record Person(UUID enrolmentId, ParticipantView participant, String municipalityCode, UUID cohortId,
            @Schema(examples = "Grupp 1") String cohortName, Completion completion) {
    }

    /** Enrolled and completed people of one cohort or municipality. */
    @Schema(name = "CompletionCount", requiredProperties = { "key", "enrolled", "completed" })
    public record Count(@Schema(description = "Cohort id or municipality code", examples = "2181") String key,
            @Schema(examples = "Sandviken") String name, int enrolled, int completed) {
    }
}
