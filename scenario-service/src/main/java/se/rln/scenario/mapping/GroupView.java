package se.rln.scenario.mapping;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Group", requiredProperties = { "id", "name", "position", "votesRevealed", "version" })
public record GroupView(UUID id, String name, int position, String focalQuestion, String horizon,
        List<MemberView> members, AxesView axes, boolean votesRevealed, long version) {
}
