package se.rln.participants.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.ParticipantExport;
import se.rln.participants.mapping.ParticipantView;
import se.rln.participants.service.PersonalData;

@Path("/api/v1/participants/{id}")
@Tag(name = "Participants", description = "A person's data: access, export and erasure (GDPR)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY, Roles.PARTICIPANT })
public class ParticipantResource {

    @Inject
    PersonalData personalData;

    @GET
    @Operation(operationId = "getParticipant", summary = "A person, for themselves, their municipality, organisers of their events and administrators")
    @APIResponse(responseCode = "404", description = "No such person visible to the caller")
    @APIResponse(responseCode = "200", description = "The person")
    public ParticipantView get(@PathParam("id") UUID id) {
        return personalData.get(id);
    }

    @GET
    @Path("export")
    @Operation(operationId = "exportParticipant", summary = "Everything held about a person: profile, registrations with their events, change-feed entries")
    @APIResponse(responseCode = "404", description = "No such person visible to the caller")
    @APIResponse(responseCode = "200", description = "Everything held about the person, as a download", content = @Content(schema = @Schema(implementation = ParticipantExport.class)))
    public Response export(@PathParam("id") UUID id) {
        ParticipantExport export = personalData.export(id);
        return Response.ok(export).header("Content-Disposition", "attachment; filename=\"participant-" + id + ".json\"")
                .build();
    }

    @DELETE
    @Operation(operationId = "eraseParticipant", summary = "Erase a person: anonymised here, seats on coming events cancelled, participant.erased announced",
            description = "By the person, their municipality or an administrator. Erasing again changes nothing.")
    @APIResponse(responseCode = "204", description = "Erased (or already erased)")
    @APIResponse(responseCode = "403", description = "An organiser who sees the person but may not erase them")
    @APIResponse(responseCode = "404", description = "No such person visible to the caller")
    public void erase(@PathParam("id") UUID id) {
        personalData.erase(id);
    }
}
