package se.rln.events.mapping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.events.model.OverbookingPolicy;
import se.rln.events.model.ResourceLink;

/** Creates or replaces an event (its agenda has its own endpoints). */
@Schema(description = "A regional event")
public record EventRequest(
        @Schema(examples = "Mobilisera för framtiden – ledarskapets betydelse") @NotBlank @Size(max = 200) String title,
        @Schema(examples = "Ledarskap i socialtjänsten") @Size(max = 200) String theme,
        @Size(max = 10000) String description,
        @Schema(description = "The hosting organisation") @NotNull UUID hostOrganisationId,
        @Size(max = 20) List<@NotNull UUID> coHostOrganisationIds,
        UUID programmeId,
        @Schema(description = "SCB county code of the region", examples = "12") @NotNull
        @Pattern(regexp = "\\d{2}", message = "must be a two-digit SCB county code") String regionCode,
        @Valid VenueDto venue,
        @Schema(examples = "2027-10-14T09:00:00+02:00") @NotNull OffsetDateTime startsAt,
        @Schema(examples = "2027-10-14T16:00:00+02:00") @NotNull OffsetDateTime endsAt,
        @Schema(examples = "60") @NotNull @Min(1) @Max(100000) Integer capacity,
        @Size(max = 290) List<@Valid @NotNull SeatAllotmentDto> seatAllotments,
        @Schema(examples = "Chefer inom socialtjänsten i Skånes kommuner") @Size(max = 500) String audience,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt,
        @Size(max = 50) List<@Valid @NotNull ResourceLink> resourceLinks,
        @Schema(description = "Required when the change leaves confirmed people without a seat (a lower capacity, or "
                + "allotments that reserve seats others hold); otherwise the change is refused with 409 overbooked. "
                + "Absent keeps the event's policy.")
        OverbookingPolicy overbookingPolicy) {
}
