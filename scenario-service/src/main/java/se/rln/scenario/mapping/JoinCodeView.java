package se.rln.scenario.mapping;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The code people in the room join with, and the page it opens. */
@Schema(name = "WorkshopJoinCode", requiredProperties = { "workshopId", "code", "joinUrl" })
public record JoinCodeView(UUID workshopId, @Schema(examples = "K7MQ2XPD") String code,
        @Schema(examples = "http://127.0.0.1:8080/workshop/join.html?code=K7MQ2XPD") String joinUrl) {
}
