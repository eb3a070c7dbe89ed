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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Responses;
import se.rln.commons.security.Roles;
import se.rln.events.mapping.CohortRequest;
import se.rln.events.mapping.CohortView;
import se.rln.events.mapping.SeriesRequest;
import se.rln.events.mapping.SeriesView;
import se.rln.events.service.CohortSeries;
import se.rln.events.service.CohortService;
import se.rln.events.service.EventCalendar;

@Path("/api/v1/cohorts")
@Tag(name = "Programmes", description = "Series of events for one audience")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortResource {

    @Inject
    CohortService cohorts;

    @Inject
    CohortSeries series;

    @Inject
    EventCalendar calendar;

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getCohort", summary = "Get a cohort with the days the caller may see")
    @APIResponse(responseCode = "200", description = "The cohort; ETag is its version", content = @Content(schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "404", description = "No such cohort")
    public Response get(@PathParam("id") UUID id) {
        CohortView view = cohorts.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "updateCohort", summary = "Replace a cohort; new seats apply to each of its days not yet over. If-Match required")
    @APIResponse(responseCode = "200", description = "The cohort as replaced; ETag is its new version", content = @Content(schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, an unknown municipality, allotments above the capacity or a name the programme has")
    @APIResponse(responseCode = "403", description = "The programme is not the coordinator's organisation's")
    @APIResponse(responseCode = "404", description = "No such cohort")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CohortRequest body) {
        CohortView view = cohorts.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "deleteCohort", summary = "Delete a cohort without days")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "The programme is not the coordinator's organisation's")
    @APIResponse(responseCode = "404", description = "No such cohort")
    @APIResponse(responseCode = "409", description = "The cohort has days")
    public void delete(@PathParam("id") UUID id) {
        cohorts.delete(id);
    }

    @POST
    @Path("{id}/days")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "createCohortDays", summary = "Create a series of days of the cohort in one call: on dates or every n weeks, at the same times and venue, each with a copy of the agenda template")
    @APIResponse(responseCode = "201", description = "The days created, in date order; a repeated Idempotency-Key answers the first result", content = @Content(schema = @Schema(implementation = SeriesView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body: field and reason in violations")
    @APIResponse(responseCode = "403", description = "The programme is not the coordinator's organisation's")
    @APIResponse(responseCode = "404", description = "No such cohort")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response createDays(@PathParam("id") UUID id, @NotNull @Valid SeriesRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        var outcome = series.create(id, body, idempotencyKey);
        return Response.status(Response.Status.CREATED).header(Responses.REPLAYED_HEADER, Boolean.toString(outcome.replayed()))
                .entity(outcome.body()).build();
    }

    @GET
    @Path("{id}/calendar.ics")
    @PermitAll
    @Produces("text/calendar; charset=UTF-8")
    @Operation(operationId = "getCohortCalendar", summary = "iCalendar of the cohort's days the caller may see, cancelled days included")
    @APIResponse(responseCode = "200", description = "The days as VEVENTs; SEQUENCE is each day's version")
    @APIResponse(responseCode = "404", description = "No such cohort")
    public String calendar(@PathParam("id") UUID id) {
        return calendar.cohort(id);
    }
}
