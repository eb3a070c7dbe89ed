package se.rln.participants.mapping;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.rln.participants.model.RegistrationStatus;

/** One person with a seat on the event, as the attendance list shows them. */
@Schema(name = "AttendanceLine", requiredProperties = { "registrationId", "municipalityCode", "givenName", "familyName", "status" })
public record AttendanceLine(
        UUID registrationId,
        @Schema(examples = "1280") String municipalityCode,
        @Schema(examples = "Malmö") String municipalityName,
        @Schema(examples = "Åsa") String givenName,
        @Schema(examples = "Öberg") String familyName,
        @Schema(examples = "Enhetschef") String title,
        @Schema(description = "CONFIRMED until marked, then ATTENDED or NO_SHOW", examples = "ATTENDED") RegistrationStatus status) {
}
