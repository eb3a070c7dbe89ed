package se.rln.events.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.Params;
import se.rln.commons.rest.Responses;
import se.rln.commons.rest.SortKey;
import se.rln.commons.security.Roles;
import se.rln.events.mapping.EventRequest;
import se.rln.events.mapping.EventView;
import se.rln.events.model.EventStatus;
import se.rln.events.service.EventCalendar;
import se.rln.events.service.EventService;

@Path("/api/v1/events")
@Tag(name = "Events", description = "Regional leadership events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventService events;

    @Inject
    EventCalendar calendar;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "createEvent", summary = "Create an event (DRAFT) hosted by the coordinator's organisation")
    @APIResponse(responseCode = "201", description = "Created; ETag is the version; a repeated Idempotency-Key answers the first result", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: field and reason in violations")
    @APIResponse(responseCode = "403", description = "The host is not the coordinator's organisation")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response create(@NotNull @Valid EventRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        var outcome = events.create(body, idempotencyKey);
        return Responses.created("/api/v1/events", outcome.body().id(), outcome.body().version(), outcome);
    }

    @GET
    @PermitAll
    @Operation(operationId = "listEvents", summary = "List events by start time; drafts only for their organisers")
    @APIResponse(responseCode = "400", description = "A malformed filter, cursor or limit")
    @APIResponse(responseCode = "200", description = "A page of events")
    public Page<EventView> list(
            @Parameter(description = "SCB county code of the region", example = "12") @QueryParam("region") String region,
            @Parameter(description = "Events open to this municipality: in its county or reserving seats for it", example = "1280")
            @QueryParam("municipality") String municipality,
            @Parameter(description = "Hosting or co-hosting organisation id") @QueryParam("organiser") String organiser,
            @QueryParam("programme") String programme,
            @QueryParam("status") String status,
            @Parameter(description = "Events ending at or after this time", example = "2027-01-01T00:00:00+01:00")
            @QueryParam("from") String from,
            @Parameter(description = "Events starting at or before this time") @QueryParam("to") String to,
            @Parameter(description = "Free text in title, theme or description") @QueryParam("q") String q,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        var query = new EventService.ListQuery(Params.code("region", region, 2), Params.code("municipality", municipality, 4),
                Params.uuid("organiser", organiser), Params.uuid("programme", programme),
                Params.enumValue("status", status, EventStatus.class), Params.time("from", from), Params.time("to", to),
                Params.text("q", q, 200));
        return events.list(query, Params.page(cursor, limit, SortKey.TIME));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getEvent", summary = "Get an event with its agenda")
    @APIResponse(responseCode = "200", description = "The event; ETag is its version", content = @Content(schema = @Schema(implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = "No such event, or a draft the caller does not organise")
    public Response get(@PathParam("id") UUID id) {
        EventView view = events.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "updateEvent", summary = "Replace an event's details (not its status or agenda); If-Match required")
    @APIResponse(responseCode = "403", description = "The caller's organisation does not (co-)host the event")
    @APIResponse(responseCode = "409", description = "The event is completed or cancelled")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "200", description = "The event as replaced; ETag is its new version", content = @Content(schema = @Schema(implementation = EventView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid EventRequest body) {
        EventView view = events.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("{id}/calendar.ics")
    @PermitAll
    @Produces("text/calendar; charset=UTF-8")
    @Operation(operationId = "getEventCalendar", summary = "iCalendar of the event")
    public String calendar(@PathParam("id") UUID id) {
        return calendar.event(id);
    }
}
