package se.rln.scenario.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's dots over their group's drivers; replaces their earlier votes. */
@Schema(name = "Votes")
public record VotesRequest(@NotNull @Size(max = 100) List<@Valid @NotNull Vote> votes) {

    @Schema(name = "VoteInput")
    public record Vote(@NotNull UUID driverId, @NotNull @Min(1) @Max(20) Integer dots) {
    }
}
