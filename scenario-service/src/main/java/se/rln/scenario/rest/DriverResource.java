package se.rln.scenario.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.security.Roles;
import se.rln.scenario.mapping.DriverRequest;
import se.rln.scenario.mapping.DriverView;
import se.rln.scenario.mapping.MergeRequest;
import se.rln.scenario.mapping.RatingsRequest;
import se.rln.scenario.mapping.VotesRequest;
import se.rln.scenario.service.DriverService;

@Path("/api/v1/workshops/{id}/groups/{g}")
@Tag(name = "Drivers", description = "Driving forces, their ratings and dot votes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT })
public class DriverResource {

    @Inject
    DriverService drivers;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("drivers")
    @Operation(operationId = "listDrivers", summary = "The group's drivers with rating aggregates and classification (dots once revealed)")
    @APIResponse(responseCode = "200", description = "OK")
    public List<DriverView> list(@PathParam("id") UUID id, @PathParam("g") UUID g) {
        return drivers.list(id, g);
    }

    @POST
    @Path("drivers")
    @Operation(operationId = "addDriver", summary = "Add a driver (the group's members or the facilitator, DRIVERS)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = DriverView.class)))
    @APIResponse(responseCode = "403", description = "A participant of another group")
    @APIResponse(responseCode = "409", description = "Not in DRIVERS")
    public Response add(@PathParam("id") UUID id, @PathParam("g") UUID g, @NotNull @Valid DriverRequest body) {
        DriverView view = drivers.add(id, g, body);
        return Response.status(201).entity(view)
                .location(java.net.URI.create("/api/v1/workshops/" + id + "/groups/" + g + "/drivers/" + view.id())).build();
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("drivers/{d}")
    @Operation(operationId = "getDriver", summary = "A driver")
    @APIResponse(responseCode = "404", description = "No such driver in the group")
    @APIResponse(responseCode = "200", description = "The driver")
    public DriverView get(@PathParam("id") UUID id, @PathParam("g") UUID g, @PathParam("d") UUID d) {
        return drivers.get(id, g, d);
    }

    @PUT
    @Path("drivers/{d}")
    @Operation(operationId = "updateDriver", summary = "Edit a driver (DRIVERS)")
    @APIResponse(responseCode = "409", description = "Not in DRIVERS")
    @APIResponse(responseCode = "200", description = "The driver as edited")
    public DriverView edit(@PathParam("id") UUID id, @PathParam("g") UUID g, @PathParam("d") UUID d,
            @NotNull @Valid DriverRequest body) {
        return drivers.edit(id, g, d, body);
    }

    @POST
    @Path("drivers/{d}/merge")
    @Operation(operationId = "mergeDriver", summary = "Merge this driver into another as a duplicate (facilitator, DRIVERS or RATING)")
    @APIResponse(responseCode = "409", description = "Already merged, or not in DRIVERS or RATING")
    @APIResponse(responseCode = "200", description = "The driver merged into")
    public DriverView merge(@PathParam("id") UUID id, @PathParam("g") UUID g, @PathParam("d") UUID d,
            @NotNull @Valid MergeRequest body) {
        return drivers.merge(id, g, d, body.into());
    }

    @PUT
    @Path("ratings")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "submitRatings", summary = "The caller's impact and uncertainty ratings (1–5); each replaces their earlier one (RATING)")
    @APIResponse(responseCode = "403", description = "Not a member of this group")
    @APIResponse(responseCode = "409", description = "Not in RATING")
    @APIResponse(responseCode = "200", description = "The group's drivers with their aggregates")
    public List<DriverView> rate(@PathParam("id") UUID id, @PathParam("g") UUID g, @NotNull @Valid RatingsRequest body) {
        return drivers.rate(id, g, body);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("votes")
    @Operation(operationId = "listVotes", summary = "Dots per driver: the caller's own, or everyone's for the facilitator and once revealed")
    @APIResponse(responseCode = "200", description = "OK")
    public Map<UUID, Integer> votes(@PathParam("id") UUID id, @PathParam("g") UUID g) {
        return drivers.votes(id, g);
    }

    @PUT
    @Path("votes")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "submitVotes", summary = "The caller's dots, within the workshop's budget; replaces their earlier votes (RATING)")
    @APIResponse(responseCode = "400", description = "Over the budget, or a driver not in the group")
    @APIResponse(responseCode = "409", description = "Not in RATING, or the votes are revealed")
    @APIResponse(responseCode = "200", description = "The caller's dots per driver")
    public Map<UUID, Integer> vote(@PathParam("id") UUID id, @PathParam("g") UUID g, @NotNull @Valid VotesRequest body) {
        return drivers.vote(id, g, body);
    }

    @POST
    @Path("votes/reveal")
    @Operation(operationId = "revealVotes", summary = "Reveal the group's dot votes and rating aggregates to the room (facilitator); voting closes",
            description = "Until then (and until the workshop leaves RATING) participants and the projector see how many rated each driver, not what they said, so nobody anchors on the room; its facilitators always see everything.")
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "200", description = "The drivers with everyone's dots")
    public List<DriverView> reveal(@PathParam("id") UUID id, @PathParam("g") UUID g) {
        return drivers.reveal(id, g);
    }
}
