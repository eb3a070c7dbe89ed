package se.rln.scenario.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.scenario.mapping.JoinRequest;
import se.rln.scenario.mapping.JoinView;
import se.rln.scenario.mapping.PassTokenView;
import se.rln.scenario.service.WorkshopPasses;

/** Joining a workshop from a phone with the room's code: no account, no token beforehand. */
@Path("/api/v1/workshop-joins/{code}")
@Tag(name = "Workshop passes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class JoinResource {

    @Inject
    WorkshopPasses passes;

    @GET
    @Operation(operationId = "getWorkshopJoin", summary = "What a join code opens: the workshop and its free places")
    @APIResponse(responseCode = "200", description = "The workshop and its free places",
            content = @Content(schema = @Schema(implementation = JoinView.class)))
    @APIResponse(responseCode = "404", description = "No workshop has this join code (joining closed, or mistyped)")
    public JoinView lookUp(@PathParam("code") String code) {
        return passes.lookUp(code);
    }

    @POST
    @Operation(operationId = "joinWorkshop", summary = "Join as one of the free places: a pass for this workshop only",
            description = "The token is a bearer token this service signs (issuer: the passes' issuer, audience "
                    + "rln-workshop, role participant), accepted for this workshop only, until it expires or the "
                    + "facilitator revokes it. A member holds one valid pass at a time.")
    @APIResponse(responseCode = "201", description = "The pass and its token",
            content = @Content(schema = @Schema(implementation = PassTokenView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of participantId and municipalityCode, or a name missing")
    @APIResponse(responseCode = "404", description = "No workshop has this join code")
    @APIResponse(responseCode = "409", description = "That member joined already, no free place of the municipality, or the workshop has ended")
    @APIResponse(responseCode = "503", description = "This instance has no key for passes")
    public Response join(@PathParam("code") String code, @NotNull @Valid JoinRequest body) {
        return Response.status(201).entity(passes.join(code, body)).build();
    }

    @GET
    @Path("qr.svg")
    @Produces("image/svg+xml")
    @Operation(operationId = "getWorkshopJoinQrCode", summary = "The join page's address as a QR code, for the room's screen")
    @APIResponse(responseCode = "200", description = "An SVG QR code", content = @Content(mediaType = "image/svg+xml",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No workshop has this join code")
    public String qrCode(@PathParam("code") String code) {
        return passes.qrCode(code);
    }
}
