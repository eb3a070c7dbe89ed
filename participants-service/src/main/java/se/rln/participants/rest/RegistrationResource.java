package se.rln.participants.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import se.rln.participants.mapping.RegistrationRequest;
import se.rln.participants.mapping.RegistrationView;
import se.rln.participants.mapping.Spreadsheets;
import se.rln.participants.mapping.Table;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.service.RegistrationService;

@Path("/api/v1")
@Tag(name = "Registrations", description = "Seats on events: confirmed, FIFO waitlist, promotions, cancellations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService registrations;

    @Inject
    Spreadsheets spreadsheets;

    @POST
    @Path("events/{id}/registrations")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "registerParticipant", summary = "Register one person: a seat if the capacity and allotments allow, else the waitlist",
            description = "Registering someone who already holds a live registration answers that registration.")
    @APIResponse(responseCode = "201", description = "CONFIRMED or WAITLISTED", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid person")
    @APIResponse(responseCode = "403", description = "Another municipality's person, or an event the coordinator does not organise")
    @APIResponse(responseCode = "404", description = "Unknown event")
    @APIResponse(responseCode = "409", description = "Registration is not open")
    @APIResponse(responseCode = "503", description = "True overload: the event's line is full or did not move in time; nothing was done, retry after Retry-After seconds")
    public Response register(@PathParam("id") UUID eventId, @NotNull @Valid RegistrationRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        var outcome = registrations.register(eventId, body, idempotencyKey);
        return Responses.created("/api/v1/registrations", outcome.body().id(), outcome.body().version(), outcome);
    }

    @GET
    @Path("events/{id}/registrations")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "listEventRegistrations", summary = "Registrations of an event in registration order; a municipality sees only its own")
    @APIResponse(responseCode = "400", description = "A malformed filter, cursor or limit")
    @APIResponse(responseCode = "403", description = "Neither an organiser nor a municipality")
    @APIResponse(responseCode = "404", description = "Unknown event")
    @APIResponse(responseCode = "200", description = "A page of registrations")
    public Page<RegistrationView> list(@PathParam("id") UUID eventId, @QueryParam("municipality") String municipality,
            @QueryParam("status") String status, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return registrations.list(eventId, Params.code("municipality", municipality, 4),
                Params.enumValue("status", status, RegistrationStatus.class), Params.page(cursor, limit, SortKey.TIME));
    }

    @GET
    @Path("events/{id}/registrations")
    @Produces({ Table.CSV, Table.XLSX })
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "listEventRegistrations", summary = "Every registration of the event at once, as a file to open in Excel (Accept: text/csv or .xlsx)")
    @APIResponse(responseCode = "200", description = "All registrations matching the filters (attachment), not paged", content = {
            @Content(mediaType = Table.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with byte-order mark, semicolon-separated, a header row")),
            @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Table listFile(@PathParam("id") UUID eventId, @QueryParam("municipality") String municipality,
            @QueryParam("status") String status) {
        return spreadsheets.registrations(eventId, registrations.all(eventId, Params.code("municipality", municipality, 4),
                Params.enumValue("status", status, RegistrationStatus.class)));
    }

    @GET
    @Path("registrations/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY, Roles.PARTICIPANT })
    @Operation(operationId = "getRegistration", summary = "Get a registration, with its place in the waitlist")
    @APIResponse(responseCode = "404", description = "No such registration visible to the caller")
    @APIResponse(responseCode = "200", description = "The registration; ETag is its version", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response get(@PathParam("id") UUID id) {
        RegistrationView view = registrations.get(id);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("registrations/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY, Roles.PARTICIPANT })
    @Operation(operationId = "cancelRegistration", summary = "Cancel a registration; a freed seat goes to the first waitlisted who may take it")
    @APIResponse(responseCode = "200", description = "The cancelled registration (cancelling again changes nothing)", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    @APIResponse(responseCode = "404", description = "No such registration visible to the caller")
    @APIResponse(responseCode = "409", description = "The registration is already ATTENDED or NO_SHOW")
    public Response cancel(@PathParam("id") UUID id) {
        RegistrationView view = registrations.cancel(id);
        return Responses.ok(view, view.version());
    }
}
