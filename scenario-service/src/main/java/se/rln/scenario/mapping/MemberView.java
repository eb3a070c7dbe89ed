package se.rln.scenario.mapping;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Member", requiredProperties = { "participantId", "active" })
public record MemberView(UUID participantId, String municipalityCode, String displayName, UUID groupId, boolean active) {
}
