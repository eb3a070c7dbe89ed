package se.rln.events.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.events.model.SessionKind;
import se.rln.events.model.Speaker;

/** An agenda session as clients see it. */
@Schema(name = "Session", requiredProperties = { "id", "eventId", "kind", "title", "startsAt", "endsAt", "speakers", "dialogueQuestions", "version" })
public record SessionView(
        UUID id,
        UUID eventId,
        SessionKind kind,
        String title,
        String description,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        String room,
        String parallelGroup,
        List<Speaker> speakers,
        List<String> dialogueQuestions,
        @Schema(examples = "1") long version) {
}
