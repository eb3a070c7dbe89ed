package se.rln.events.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.events.model.EventStatus;
import se.rln.events.model.OverbookingPolicy;
import se.rln.events.model.ResourceLink;

/**
 * An event with its agenda as clients see it. The same snapshot is the data of every
 * CloudEvent on {@code leadership.events.v1}.
 */
@Schema(name = "Event", requiredProperties = { "id", "title", "hostOrganisationId", "coHostOrganisationIds", "regionCode", "startsAt", "endsAt", "capacity", "seatAllotments", "overbookingPolicy", "resourceLinks", "status", "sessions", "version", "createdAt", "updatedAt" })
public record EventView(
        UUID id,
        @Schema(examples = "Mobilisera för framtiden – ledarskapets betydelse") String title,
        String theme,
        String description,
        UUID hostOrganisationId,
        List<UUID> coHostOrganisationIds,
        UUID programmeId,
        @Schema(description = "The cohort whose day this is; its capacity and allotments are the cohort's") UUID cohortId,
        @Schema(examples = "12") String regionCode,
        @Schema(examples = "Skåne län") String regionName,
        VenueDto venue,
        @Schema(description = "Start, with the Europe/Stockholm offset", examples = "2027-10-14T09:00:00+02:00")
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(examples = "60") int capacity,
        List<SeatAllotmentDto> seatAllotments,
        @Schema(examples = "KEEP") OverbookingPolicy overbookingPolicy,
        String audience,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt,
        List<ResourceLink> resourceLinks,
        @Schema(examples = "PUBLISHED") EventStatus status,
        String cancellationReason,
        List<SessionView> sessions,
        @Schema(description = "Aggregate version; also the ETag", examples = "3") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
