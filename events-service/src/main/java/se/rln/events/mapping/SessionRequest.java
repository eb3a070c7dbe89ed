package se.rln.events.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.events.model.SessionKind;
import se.rln.events.model.Speaker;

/** Creates or replaces an agenda session. Its times must lie inside the event. */
@Schema(description = "An agenda session")
public record SessionRequest(
        @Schema(examples = "SCENARIO_CROSS_WORKSHOP") @NotNull SessionKind kind,
        @Schema(examples = "Spaning och workshop om framtidens socialtjänst") @NotBlank @Size(max = 200) String title,
        @Size(max = 10000) String description,
        @Schema(examples = "2027-10-14T13:00:00+02:00") @NotNull OffsetDateTime startsAt,
        @Schema(examples = "2027-10-14T15:30:00+02:00") @NotNull OffsetDateTime endsAt,
        @Schema(examples = "Stora salen") @Size(max = 200) String room,
        @Schema(description = "Sessions in the same parallel group run at the same time in different rooms",
                examples = "grupp A") @Size(max = 100) String parallelGroup,
        @Size(max = 50) List<@Valid @NotNull Speaker> speakers,
        @Schema(examples = "[\"Vad är att göra ett bra jobb?\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> dialogueQuestions) {
}
