package se.rln.events.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import se.rln.commons.rest.Responses;
import se.rln.commons.security.Roles;
import se.rln.events.mapping.CancellationRequest;
import se.rln.events.mapping.EventView;
import se.rln.events.service.EventLifecycle;

@Path("/api/v1/events/{id}")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
@APIResponse(responseCode = "409", description = "The transition is not allowed from the current status")
@APIResponse(responseCode = "412", description = "If-Match (optional) is stale")
public class EventLifecycleResource {

    @Inject
    EventLifecycle lifecycle;

    @POST
    @Path("publish")
    @Operation(operationId = "publishEvent", summary = "Publish a draft: visible to all, open for registration")
    @APIResponse(responseCode = "200", description = "The event in its new state; repeating a done transition changes nothing", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return respond(lifecycle.publish(id, ifMatch));
    }

    @POST
    @Path("close-registration")
    @Operation(operationId = "closeEventRegistration", summary = "Close registration of a published event")
    @APIResponse(responseCode = "200", description = "The event in its new state; repeating a done transition changes nothing", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response closeRegistration(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return respond(lifecycle.closeRegistration(id, ifMatch));
    }

    @POST
    @Path("complete")
    @Operation(operationId = "completeEvent", summary = "Mark an event that has started as completed")
    @APIResponse(responseCode = "200", description = "The event in its new state; repeating a done transition changes nothing", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response complete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        return respond(lifecycle.complete(id, ifMatch));
    }

    @POST
    @Path("cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelEvent", summary = "Cancel an event; registrations are cancelled by participants-service")
    @APIResponse(responseCode = "200", description = "The event in its new state; repeating a done transition changes nothing", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid CancellationRequest body) {
        return respond(lifecycle.cancel(id, ifMatch, body == null ? null : body.reason()));
    }

    private static Response respond(EventView view) {
        return Responses.ok(view, view.version());
    }
}
