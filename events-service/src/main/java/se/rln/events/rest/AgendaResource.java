package se.rln.events.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Responses;
import se.rln.commons.security.Roles;
import se.rln.events.mapping.SessionRequest;
import se.rln.events.mapping.SessionView;
import se.rln.events.service.AgendaService;

@Path("/api/v1/events/{id}/sessions")
@Tag(name = "Agenda", description = "Sessions of an event: talks, dialogues, scenario-cross workshops, breaks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgendaResource {

    @Inject
    AgendaService agenda;

    @GET
    @PermitAll
    @Operation(operationId = "listEventSessions", summary = "The event's agenda in time order")
    @APIResponse(responseCode = "200", description = "The sessions")
    public List<SessionView> list(@PathParam("id") UUID eventId) {
        return agenda.list(eventId);
    }

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "createEventSession", summary = "Add a session inside the event's time")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SessionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body or a time outside the event")
    public Response create(@PathParam("id") UUID eventId, @NotNull @Valid SessionRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        var outcome = agenda.create(eventId, body, idempotencyKey);
        return Responses.created("/api/v1/events/" + eventId + "/sessions", outcome.body().id(),
                outcome.body().version(), outcome);
    }

    @GET
    @Path("{sessionId}")
    @PermitAll
    @Operation(operationId = "getEventSession", summary = "Get a session")
    @APIResponse(responseCode = "404", description = "No such session in this event")
    @APIResponse(responseCode = "200", description = "The session; ETag is its version", content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response get(@PathParam("id") UUID eventId, @PathParam("sessionId") UUID sessionId) {
        SessionView view = agenda.get(eventId, sessionId);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{sessionId}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "updateEventSession", summary = "Replace a session; If-Match (the session's ETag) required")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "200", description = "The session as replaced; ETag is its new version", content = @Content(schema = @Schema(implementation = SessionView.class)))
    public Response update(@PathParam("id") UUID eventId, @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid SessionRequest body) {
        SessionView view = agenda.update(eventId, sessionId, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("{sessionId}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "deleteEventSession", summary = "Remove a session")
    @APIResponse(responseCode = "204", description = "Removed")
    public void delete(@PathParam("id") UUID eventId, @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") String ifMatch) {
        agenda.delete(eventId, sessionId, ifMatch);
    }
}
