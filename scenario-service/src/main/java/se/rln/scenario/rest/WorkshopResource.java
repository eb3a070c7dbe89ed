package se.rln.scenario.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
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
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.IdempotencyKeys;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.Params;
import se.rln.commons.rest.Responses;
import se.rln.commons.rest.SortKey;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.scenario.mapping.DisplayNameRequest;
import se.rln.scenario.mapping.FacilitatorsRequest;
import se.rln.scenario.mapping.MemberRequest;
import se.rln.scenario.mapping.MemberView;
import se.rln.scenario.mapping.PhaseRequest;
import se.rln.scenario.mapping.ResultsView;
import se.rln.scenario.mapping.TimerRequest;
import se.rln.scenario.mapping.WorkshopConnected;
import se.rln.scenario.mapping.WorkshopRequest;
import se.rln.scenario.mapping.WorkshopView;
import se.rln.scenario.service.LiveFrames;
import se.rln.scenario.service.LiveHub;
import se.rln.scenario.service.MembershipService;
import se.rln.scenario.service.WorkshopResults;
import se.rln.scenario.service.WorkshopService;

@Path("/api/v1/workshops")
@Tag(name = "Workshops", description = "Scenario-cross workshops: phases, members, live stream, results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT })
public class WorkshopResource {

    @Inject
    WorkshopService workshops;

    @Inject
    MembershipService membership;

    @Inject
    WorkshopResults results;

    @Inject
    LiveHub hub;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    @POST
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR })
    @Operation(operationId = "createWorkshop", summary = "Create a workshop, standalone or for an event (its organisers' coordinators then run it too)")
    @APIResponse(responseCode = "201", description = "Created in phase SETUP", content = @Content(schema = @Schema(implementation = WorkshopView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input or unknown event")
    @APIResponse(responseCode = "403", description = "A workshop for an event, by someone who does not organise it")
    public Response create(@NotNull @Valid WorkshopRequest body, @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        var outcome = workshops.create(body, idempotencyKey);
        return Responses.created("/api/v1/workshops", outcome.body().id(), outcome.body().version(), outcome);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Operation(operationId = "listWorkshops", summary = "Workshops the caller runs or takes part in, of one event or all, in creation order")
    @APIResponse(responseCode = "400", description = "A malformed filter, cursor or limit")
    @APIResponse(responseCode = "200", description = "A page of workshops")
    public Page<WorkshopView> list(@QueryParam("event") String event, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        return workshops.list(Params.uuid("event", event), Params.page(cursor, limit, SortKey.TIME));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("{id}")
    @Operation(operationId = "getWorkshop", summary = "A workshop")
    @APIResponse(responseCode = "404", description = "No such workshop visible to the caller")
    @APIResponse(responseCode = "200", description = "The workshop; ETag is its version", content = @Content(schema = @Schema(implementation = WorkshopView.class)))
    public Response get(@PathParam("id") UUID id) {
        WorkshopView view = workshops.get(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("{id}/phase")
    @Operation(operationId = "advanceWorkshopPhase", summary = "Move to the next phase, or step back to the one before (facilitator), optionally with a deadline",
            description = "Asking for the current phase again changes nothing. Guards (see the service README) hold on the way forward; stepping back keeps everything written and is not possible once COMPLETED.")
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "409", description = "Not the next phase, or a group is not ready (named)")
    @APIResponse(responseCode = "200", description = "The workshop in its phase")
    public WorkshopView advance(@PathParam("id") UUID id, @NotNull @Valid PhaseRequest body) {
        return workshops.advance(id, body);
    }

    @PUT
    @Path("{id}/timer")
    @Operation(operationId = "startWorkshopTimer", summary = "Start or extend the current phase's timer (facilitator)",
            description = "The phase's deadline becomes now plus the minutes; every screen hears it as "
                    + "`workshop.phase-changed` with the same phase and the new deadline.")
    @APIResponse(responseCode = "200", description = "The workshop with its deadline",
            content = @Content(schema = @Schema(implementation = WorkshopView.class)))
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "404", description = "No such workshop visible to the caller")
    @APIResponse(responseCode = "409", description = "The workshop has ended or was cancelled")
    public WorkshopView startTimer(@PathParam("id") UUID id, @NotNull @Valid TimerRequest body) {
        return workshops.timer(id, body.minutes());
    }

    @DELETE
    @Path("{id}/timer")
    @Operation(operationId = "stopWorkshopTimer", summary = "Stop the current phase's timer (facilitator)")
    @APIResponse(responseCode = "200", description = "The workshop without a deadline",
            content = @Content(schema = @Schema(implementation = WorkshopView.class)))
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "404", description = "No such workshop visible to the caller")
    @APIResponse(responseCode = "409", description = "The workshop has ended or was cancelled")
    public WorkshopView stopTimer(@PathParam("id") UUID id) {
        return workshops.timer(id, null);
    }

    @PUT
    @Path("{id}/facilitators")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR })
    @Operation(operationId = "nameWorkshopFacilitators", summary = "Name the workshop's facilitators (token subjects); the list replaces the current one",
            description = "By the event's organisers (their coordinators) or an admin; for a standalone workshop also by "
                    + "its current facilitators. A facilitator left off the list loses access at once.")
    @APIResponse(responseCode = "200", description = "The workshop with its facilitators")
    @APIResponse(responseCode = "400", description = "Invalid list")
    @APIResponse(responseCode = "403", description = "Not an organiser of the workshop's event")
    @APIResponse(responseCode = "404", description = "No such workshop visible to the caller")
    public WorkshopView nameFacilitators(@PathParam("id") UUID id, @NotNull @Valid FacilitatorsRequest body) {
        return workshops.nameFacilitators(id, body);
    }

    @GET
    @Path("{id}/members")
    @Operation(operationId = "listWorkshopMembers", summary = "The workshop's members and where they sit")
    @APIResponse(responseCode = "200", description = "OK")
    public List<MemberView> members(@PathParam("id") UUID id) {
        return membership.list(id);
    }

    @POST
    @Path("{id}/members")
    @Operation(operationId = "addWorkshopMember", summary = "Add a member by hand (facilitator), e.g. for a standalone workshop")
    @APIResponse(responseCode = "403", description = "Not the facilitator")
    @APIResponse(responseCode = "200", description = "The member")
    public MemberView addMember(@PathParam("id") UUID id, @NotNull @Valid MemberRequest body) {
        return membership.add(id, body);
    }

    @PUT
    @Path("{id}/members/me")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "renameWorkshopMember", summary = "The name the room sees for the calling participant")
    @APIResponse(responseCode = "403", description = "Not a member")
    @APIResponse(responseCode = "200", description = "The member with the new name")
    public MemberView rename(@PathParam("id") UUID id, @NotNull @Valid DisplayNameRequest body) {
        return membership.rename(id, body);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("{id}/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(operationId = "streamWorkshop", summary = "Server-Sent Events: every change of the workshop, from whichever instance made it",
            description = "First `workshop.connected`, then events named like the CloudEvent types on "
                    + "leadership.workshops.v1 (phase-changed, driver-added, ratings-aggregated, scenario-updated, …) "
                    + "with the same data and the CloudEvent id as the event id; a comment every 15 s keeps the "
                    + "connection open. Reconnecting with `Last-Event-ID` (as EventSource does, or a fetch-based "
                    + "reader) first replays what was missed after that event, in order; when that event is no "
                    + "longer kept (the last 1 000 changes are), `workshop.resync` says to reload the workshop.")
    @APIResponse(responseCode = "200", description = "The stream of the workshop's changes",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A Last-Event-ID that no stream issued (longer than 100 characters)")
    @APIResponse(responseCode = "404", description = "No such workshop visible to the caller")
    @APIResponse(responseCode = "429", description = "The caller, or the workshop, holds the most streams allowed")
    public void stream(@PathParam("id") UUID id,
            @Parameter(description = "The id of the last event received, to catch up from") @HeaderParam("Last-Event-ID")
            String lastEventId, @Suspended AsyncResponse open, @Context HttpServerResponse response) throws JsonProcessingException {
        if (lastEventId != null && (lastEventId.length() > 100 || lastEventId.chars().anyMatch(Character::isISOControl))) {
            throw ProblemException.invalid("Last-Event-ID", "is not an event id this stream issued");
        }
        WorkshopView now = workshops.get(id);
        Buffer hello = LiveFrames.frame(null, "workshop.connected",
                json.writeValueAsString(new WorkshopConnected(id, now.phase(), now.version())));
        Multi<LiveFrames> changes = hub.stream(id, caller.subject(),
                lastEventId == null || lastEventId.isBlank() ? null : lastEventId.strip());
        Multi<Buffer> keepAlive = Multi.createFrom().ticks().every(Duration.ofSeconds(15)).onOverflow().drop()
                .map(t -> LiveFrames.comment("keep-alive"));
        // the answer is the stream itself, written here; the request stays open (never resumed) until either side ends it
        LiveStream.follow(response, hello, Multi.createBy().merging().streams(changes.map(LiveFrames::bytes), keepAlive));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("{id}/results")
    @Operation(operationId = "getWorkshopResults", summary = "Everything the workshop produced, per group")
    @APIResponse(responseCode = "200", description = "OK")
    public ResultsView results(@PathParam("id") UUID id) {
        return results.results(id);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("{id}/report.md")
    @Produces("text/markdown; charset=UTF-8")
    @Operation(operationId = "getWorkshopReport", summary = "The results as a Markdown report")
    public String report(@PathParam("id") UUID id) {
        return results.markdown(id);
    }
}
