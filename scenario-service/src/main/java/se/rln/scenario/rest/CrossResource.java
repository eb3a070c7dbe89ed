package se.rln.scenario.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.rest.Params;
import se.rln.commons.rest.Responses;
import se.rln.commons.security.Roles;
import se.rln.scenario.mapping.AssessmentRequest;
import se.rln.scenario.mapping.AxesRequest;
import se.rln.scenario.mapping.AxisSuggestionView;
import se.rln.scenario.mapping.GroupView;
import se.rln.scenario.mapping.ScenarioRequest;
import se.rln.scenario.mapping.ScenarioView;
import se.rln.scenario.mapping.StrategyRequest;
import se.rln.scenario.mapping.StrategyView;
import se.rln.scenario.model.Quadrant;
import se.rln.scenario.service.CrossService;

@Path("/api/v1/workshops/{id}/groups/{g}")
@Tag(name = "Cross", description = "Axes, the four scenarios and strategies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT })
public class CrossResource {

    @Inject
    CrossService cross;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("axes/suggestion")
    @Operation(operationId = "suggestAxes", summary = "The two drivers with the highest impact + uncertainty, preferring different categories")
    @APIResponse(responseCode = "409", description = "Fewer than two rated drivers")
    @APIResponse(responseCode = "200", description = "The two drivers the ratings suggest as axes")
    public AxisSuggestionView suggestion(@PathParam("id") UUID id, @PathParam("g") UUID g) {
        return cross.suggestion(id, g);
    }

    @PUT
    @Path("axes")
    @Operation(operationId = "confirmAxes", summary = "Confirm the two axes with two poles each (facilitator, AXES); makes the four scenarios")
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "409", description = "Not in AXES")
    @APIResponse(responseCode = "200", description = "The group with its axes")
    public GroupView axes(@PathParam("id") UUID id, @PathParam("g") UUID g, @NotNull @Valid AxesRequest body) {
        return cross.confirmAxes(id, g, body);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("scenarios")
    @Operation(operationId = "listScenarios", summary = "The four scenarios (once the axes are confirmed)")
    @APIResponse(responseCode = "200", description = "The four scenarios")
    public List<ScenarioView> scenarios(@PathParam("id") UUID id, @PathParam("g") UUID g) {
        return cross.scenarios(id, g);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("scenarios/{quadrant}")
    @Operation(operationId = "getScenario", summary = "One scenario by quadrant (NE, NW, SW, SE)")
    @APIResponse(responseCode = "404", description = "No scenario yet")
    @APIResponse(responseCode = "200", description = "The scenario; ETag is its version", content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    public Response scenario(@PathParam("id") UUID id, @PathParam("g") UUID g, @PathParam("quadrant") String quadrant) {
        ScenarioView view = cross.scenario(id, g, quadrant(quadrant));
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("scenarios/{quadrant}")
    @Operation(operationId = "updateScenario", summary = "Write a scenario: name, narrative, implications, early indicators (SCENARIOS; If-Match)")
    @APIResponse(responseCode = "409", description = "Not in SCENARIOS")
    @APIResponse(responseCode = "412", description = "Someone changed it since you read it")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    @APIResponse(responseCode = "200", description = "The scenario as written; ETag is its new version", content = @Content(schema = @Schema(implementation = ScenarioView.class)))
    public Response editScenario(@PathParam("id") UUID id, @PathParam("g") UUID g, @PathParam("quadrant") String quadrant,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ScenarioRequest body) {
        ScenarioView view = cross.editScenario(id, g, quadrant(quadrant), ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("strategies")
    @Operation(operationId = "listStrategies", summary = "The group's strategies with their robustness")
    @APIResponse(responseCode = "200", description = "The strategies with their assessments")
    public List<StrategyView> strategies(@PathParam("id") UUID id, @PathParam("g") UUID g) {
        return cross.strategies(id, g);
    }

    @POST
    @Path("strategies")
    @Operation(operationId = "addStrategy", summary = "Add a strategy (STRATEGIES)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = StrategyView.class)))
    @APIResponse(responseCode = "409", description = "Not in STRATEGIES")
    public Response addStrategy(@PathParam("id") UUID id, @PathParam("g") UUID g, @NotNull @Valid StrategyRequest body) {
        StrategyView view = cross.addStrategy(id, g, body);
        return Response.status(201).entity(view).build();
    }

    @PUT
    @Path("strategies/{s}/assessment")
    @Operation(operationId = "assessStrategy", summary = "How the strategy fares per scenario: HOLDS, PARTLY or FAILS (STRATEGIES)")
    @APIResponse(responseCode = "404", description = "No such strategy in the group")
    @APIResponse(responseCode = "409", description = "Not in STRATEGIES")
    @APIResponse(responseCode = "200", description = "The strategy with its robustness")
    public StrategyView assess(@PathParam("id") UUID id, @PathParam("g") UUID g, @PathParam("s") UUID s,
            @NotNull @Valid AssessmentRequest body) {
        return cross.assess(id, g, s, body);
    }

    private static Quadrant quadrant(String value) {
        Quadrant q = Params.enumValue("quadrant", value, Quadrant.class);
        if (q == null) {
            throw se.rln.commons.problem.ProblemException.invalid("quadrant", "must be one of NE, NW, SW, SE");
        }
        return q;
    }
}
