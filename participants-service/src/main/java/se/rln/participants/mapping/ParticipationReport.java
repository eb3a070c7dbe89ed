package se.rln.participants.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who took part: one line per event and municipality, with totals. */
@Schema(name = "ParticipationReport", requiredProperties = { "totals", "lines" })
public record ParticipationReport(
        @Schema(examples = "1280") String municipality,
        UUID programme,
        OffsetDateTime from,
        OffsetDateTime to,
        Totals totals,
        List<Line> lines) {

    /** One municipality on one event. */
    @Schema(name = "ParticipationLine", requiredProperties = { "eventId", "eventTitle", "startsAt", "eventStatus", "municipalityCode", "allotted", "confirmed", "waitlisted", "attended", "noShow", "cancelled" })
    public record Line(UUID eventId, String eventTitle, OffsetDateTime startsAt, String eventStatus, UUID programmeId,
            @Schema(examples = "1280") String municipalityCode, @Schema(examples = "Malmö") String municipalityName,
            int allotted, int confirmed, int waitlisted, int attended, int noShow, int cancelled) {
    }

    /** Sums over the lines. */
    @Schema(name = "ParticipationTotals", requiredProperties = { "events", "municipalities", "confirmed", "waitlisted", "attended", "noShow", "cancelled" })
    public record Totals(int events, int municipalities, int confirmed, int waitlisted, int attended, int noShow,
            int cancelled,
            @Schema(description = "attended / (attended + noShow); absent before attendance is taken", examples = "0.92")
            Double attendanceRate) {
    }
}
