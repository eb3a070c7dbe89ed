package se.rln.events.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seat counts of one municipality on one event. Stored as JSON in {@link SeatStatistics}. */
@Schema(description = "Seat counts of one municipality", requiredProperties = { "municipalityCode", "confirmed", "waitlisted",
        "attended", "noShow", "cancelled" })
public record MunicipalitySeats(
        @Schema(examples = "1280") String municipalityCode,
        @Schema(examples = "10") int confirmed,
        @Schema(examples = "2") int waitlisted,
        @Schema(examples = "0") int attended,
        @Schema(examples = "0") int noShow,
        @Schema(examples = "1") int cancelled) {
}
