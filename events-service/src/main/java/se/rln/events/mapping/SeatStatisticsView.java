package se.rln.events.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.events.model.MunicipalitySeats;

/**
 * Seat statistics of an event. {@code byMunicipality} lists every municipality for the
 * event's organisers, only the caller's own for a municipality, and nothing for others.
 */
@Schema(name = "SeatStatistics", requiredProperties = { "eventId", "capacity", "confirmed", "available", "waitlisted", "attended", "noShow", "cancelled", "byMunicipality", "ledgerVersion" })
public record SeatStatisticsView(
        UUID eventId,
        @Schema(examples = "60") int capacity,
        @Schema(examples = "42") int confirmed,
        @Schema(examples = "18") int available,
        @Schema(examples = "3") int waitlisted,
        @Schema(examples = "0") int attended,
        @Schema(examples = "0") int noShow,
        @Schema(examples = "5") int cancelled,
        List<MunicipalitySeats> byMunicipality,
        @Schema(description = "Version of participants-service's seat ledger these counts reflect; 0 before any registration")
        long ledgerVersion,
        OffsetDateTime updatedAt) {
}
