package se.rln.events.mapping;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Free seats of a cohort, overall and for each municipality with an allotment or enrolled people. */
@Schema(name = "CohortSeats", requiredProperties = { "confirmed", "waitlisted", "free", "openFree", "byMunicipality" })
public record CohortSeatsView(
        @Schema(examples = "22") int confirmed,
        @Schema(examples = "0") int waitlisted,
        @Schema(description = "Seats nobody holds", examples = "8") int free,
        @Schema(description = "Free seats of the open pool, which any municipality may take", examples = "3") int openFree,
        List<Municipality> byMunicipality) {

    /** What one municipality may still take: what is left of its allotment, and the open pool. */
    @Schema(name = "CohortMunicipalitySeats", requiredProperties = { "municipalityCode", "allotted", "confirmed", "free" })
    public record Municipality(@Schema(examples = "2181") String municipalityCode, @Schema(examples = "Sandviken") String municipalityName,
            int allotted, int confirmed, @Schema(description = "Seats a person of this municipality could get now") int free) {
    }
}
