package se.rln.participants.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One person on a municipality's roster for an event. The municipality is the roster's; a
 * person is matched on {@code externalId}, then on {@code email}.
 */
@Schema(name = "RosterRow")
public record RosterRow(
        @Schema(examples = "HR-10442") String externalId,
        @Schema(examples = "Åsa") String givenName,
        @Schema(examples = "Öberg") String familyName,
        @Schema(examples = "asa.oberg@malmo.se") String email,
        @Schema(examples = "Enhetschef") String title,
        @Schema(examples = "FIRST_LINE", description = "ASPIRING, FIRST_LINE, MIDDLE, SENIOR or EXECUTIVE") String managerLevel) {
}
