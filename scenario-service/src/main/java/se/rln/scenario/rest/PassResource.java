package se.rln.scenario.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.security.Roles;
import se.rln.scenario.mapping.JoinCodeView;
import se.rln.scenario.mapping.PassTokenView;
import se.rln.scenario.mapping.PassView;
import se.rln.scenario.service.WorkshopPasses;

/** The facilitator's side of browsers in the room: the join code, the projector's pass, revoking passes. */
@Path("/api/v1/workshops/{id}")
@Tag(name = "Workshop passes", description = "Joining from a phone, the projector's view link, revoking")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR })
public class PassResource {

    @Inject
    WorkshopPasses passes;

    @POST
    @Path("join-code")
    @Operation(operationId = "openWorkshopJoining", summary = "A new join code for the room (facilitator); an earlier code stops working",
            description = "Passes given with an earlier code stay valid until they expire or are revoked.")
    @APIResponse(responseCode = "200", description = "The code and the page it opens",
            content = @Content(schema = @Schema(implementation = JoinCodeView.class)))
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "404", description = "No such workshop visible to the caller")
    @APIResponse(responseCode = "409", description = "The workshop has ended or was cancelled")
    public JoinCodeView open(@PathParam("id") UUID id) {
        return passes.openJoining(id);
    }

    @GET
    @Path("join-code")
    @Operation(operationId = "getWorkshopJoinCode", summary = "The room's join code (facilitator)")
    @APIResponse(responseCode = "200", description = "The code and the page it opens",
            content = @Content(schema = @Schema(implementation = JoinCodeView.class)))
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "404", description = "No such workshop visible to the caller, or joining is closed")
    @APIResponse(responseCode = "409", description = "The workshop was cancelled")
    public JoinCodeView code(@PathParam("id") UUID id) {
        return passes.joinCode(id);
    }

    @DELETE
    @Path("join-code")
    @Operation(operationId = "closeWorkshopJoining", summary = "Close joining (facilitator); passes given stay valid")
    @APIResponse(responseCode = "204", description = "Nobody joins with a code any more")
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "404", description = "No such workshop visible to the caller")
    @APIResponse(responseCode = "409", description = "The workshop was cancelled")
    public Response close(@PathParam("id") UUID id) {
        passes.closeJoining(id);
        return Response.noContent().build();
    }

    @POST
    @Path("view-link")
    @Operation(operationId = "createWorkshopViewPass", summary = "A read-only pass for the room's projector (facilitator)",
            description = "Its token (role workshop-viewer) reads this workshop, its groups, drivers, scenarios, "
                    + "strategies, pictures, results and live stream, and nothing else; it is not a member and writes nothing.")
    @APIResponse(responseCode = "201", description = "The pass and its token",
            content = @Content(schema = @Schema(implementation = PassTokenView.class)))
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "404", description = "No such workshop visible to the caller")
    @APIResponse(responseCode = "409", description = "The workshop was cancelled")
    @APIResponse(responseCode = "503", description = "This instance has no key for passes")
    public Response viewer(@PathParam("id") UUID id) {
        return Response.status(201).entity(passes.viewer(id)).build();
    }

    @GET
    @Path("passes")
    @Operation(operationId = "listWorkshopPasses", summary = "The passes handed out (facilitator), oldest first; never their tokens")
    @APIResponse(responseCode = "200", description = "The passes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = PassView.class)))
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "404", description = "No such workshop visible to the caller")
    @APIResponse(responseCode = "409", description = "The workshop was cancelled")
    public List<PassView> list(@PathParam("id") UUID id) {
        return passes.list(id);
    }

    @DELETE
    @Path("passes/{pass}")
    @Operation(operationId = "revokeWorkshopPass", summary = "Revoke a pass (facilitator): its token stops counting at once",
            description = "The member may then join again, e.g. from another phone. Revoking again changes nothing.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "404", description = "No such workshop visible to the caller, or no such pass in it")
    @APIResponse(responseCode = "409", description = "The workshop was cancelled")
    public Response revoke(@PathParam("id") UUID id, @PathParam("pass") UUID pass) {
        passes.revoke(id, pass);
        return Response.noContent().build();
    }
}
