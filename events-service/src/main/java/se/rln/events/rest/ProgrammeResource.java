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
import jakarta.ws.rs.QueryParam;
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
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.Params;
import se.rln.commons.rest.Responses;
import se.rln.commons.rest.SortKey;
import se.rln.commons.security.Roles;
import se.rln.events.mapping.CohortRequest;
import se.rln.events.mapping.CohortView;
import se.rln.events.mapping.ProgrammeRequest;
import se.rln.events.mapping.ProgrammeView;
import se.rln.events.service.CohortService;
import se.rln.events.service.EventCalendar;
import se.rln.events.service.ProgrammeService;

@Path("/api/v1/programmes")
@Tag(name = "Programmes", description = "Series of events for one audience")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    ProgrammeService programmes;

    @Inject
    CohortService cohorts;

    @Inject
    EventCalendar calendar;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "createProgramme", summary = "Create a programme owned by the coordinator's organisation")
    @APIResponse(responseCode = "201", description = "Created; a repeated Idempotency-Key answers the first result", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "403", description = "The owner is not the coordinator's organisation")
    public Response create(@NotNull @Valid ProgrammeRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        var outcome = programmes.create(body, idempotencyKey);
        return Responses.created("/api/v1/programmes", outcome.body().id(), outcome.body().version(), outcome);
    }

    @GET
    @PermitAll
    @Operation(operationId = "listProgrammes", summary = "List programmes by title, optionally of one owner")
    @APIResponse(responseCode = "200", description = "A page of programmes")
    public Page<ProgrammeView> list(@QueryParam("organiser") String organiser, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        return programmes.list(Params.uuid("organiser", organiser), Params.page(cursor, limit, SortKey.TEXT));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getProgramme", summary = "Get a programme")
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(responseCode = "200", description = "The programme; ETag is its version", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response get(@PathParam("id") UUID id) {
        ProgrammeView view = programmes.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "updateProgramme", summary = "Replace a programme; If-Match required")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "200", description = "The programme as replaced; ETag is its new version", content = @Content(schema = @Schema(implementation = ProgrammeView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ProgrammeRequest body) {
        ProgrammeView view = programmes.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "deleteProgramme", summary = "Delete a programme without events")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The programme has cohorts or events")
    public void delete(@PathParam("id") UUID id) {
        programmes.delete(id);
    }

    @POST
    @Path("{id}/cohorts")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "createCohort", summary = "Add a cohort (group) with its own seats to the programme")
    @APIResponse(responseCode = "201", description = "Created; a repeated Idempotency-Key answers the first result", content = @Content(schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, an unknown municipality, allotments above the capacity or a name the programme has")
    @APIResponse(responseCode = "403", description = "The programme is not the coordinator's organisation's")
    @APIResponse(responseCode = "404", description = "No such programme")
    @APIResponse(responseCode = "409", description = "The programme has the most cohorts it may have")
    public Response createCohort(@PathParam("id") UUID id, @NotNull @Valid CohortRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        var outcome = cohorts.create(id, body, idempotencyKey);
        return Responses.created("/api/v1/cohorts", outcome.body().id(), outcome.body().version(), outcome);
    }

    @GET
    @Path("{id}/cohorts")
    @PermitAll
    @Operation(operationId = "listCohorts", summary = "The programme's cohorts by name, each with the days the caller may see")
    @APIResponse(responseCode = "200", description = "Every cohort of the programme (at most 50)", content = @Content(schema = @Schema(implementation = CohortView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such programme")
    public List<CohortView> cohorts(@PathParam("id") UUID id) {
        return cohorts.list(id);
    }

    @GET
    @Path("{id}/calendar.ics")
    @PermitAll
    @Produces("text/calendar; charset=UTF-8")
    @Operation(operationId = "getProgrammeCalendar", summary = "iCalendar of the programme's events that the caller may see")
    public String calendar(@PathParam("id") UUID id) {
        return calendar.programme(id);
    }
}
