package se.rln.participants.mapping;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.participants.model.ManagerLevel;

/** A participant as their municipality and the event's organisers see them. */
@Schema(name = "Participant", requiredProperties = { "id", "givenName", "familyName", "email", "municipalityCode" })
public record ParticipantView(UUID id, String externalId, String givenName, String familyName, String email,
        String title, ManagerLevel managerLevel, String municipalityCode) {
}
