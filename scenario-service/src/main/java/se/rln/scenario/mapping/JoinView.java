package se.rln.scenario.mapping;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.scenario.model.Phase;

/**
 * What a phone sees behind a join code: the workshop, and the places still free in it — members
 * the facilitator added by name, and per municipality how many of its registered people have not
 * joined yet (this service holds no names of registered people).
 */
@Schema(name = "WorkshopJoin", requiredProperties = { "workshopId", "title", "phase", "named", "municipalities" })
public record JoinView(UUID workshopId, String title, Phase phase, List<NamedPlace> named, List<MunicipalityPlaces> municipalities) {

    /** A member added by name who has not joined yet. */
    @Schema(name = "WorkshopJoinNamedPlace", requiredProperties = { "participantId", "displayName" })
    public record NamedPlace(UUID participantId, String displayName, String municipalityCode) {
    }

    /** How many of a municipality's members have not joined yet. */
    @Schema(name = "WorkshopJoinMunicipality", requiredProperties = { "municipalityCode", "name", "free" })
    public record MunicipalityPlaces(String municipalityCode, String name, int free) {
    }
}
