package se.rln.events.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.events.model.EventStatus;

/** A cohort as clients see it, with the days the caller may see. */
@Schema(name = "Cohort", requiredProperties = { "id", "programmeId", "name", "capacity", "seatAllotments", "days", "seats", "version" })
public record CohortView(
        UUID id,
        UUID programmeId,
        @Schema(examples = "Grupp 1") String name,
        @Schema(examples = "30") int capacity,
        List<SeatAllotmentDto> seatAllotments,
        @Schema(description = "The cohort's days in date order") List<Day> days,
        @Schema(description = "Seats taken and free, per municipality") CohortSeatsView seats,
        @Schema(description = "Aggregate version; also the ETag", examples = "1") long version) {

    /** One day of a cohort: an event of its own. */
    @Schema(name = "CohortDay", requiredProperties = { "eventId", "title", "startsAt", "endsAt", "status" })
    public record Day(UUID eventId, String title, OffsetDateTime startsAt, OffsetDateTime endsAt, EventStatus status) {
    }
}
