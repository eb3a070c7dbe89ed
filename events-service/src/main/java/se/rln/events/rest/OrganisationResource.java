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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import se.rln.events.mapping.OrganisationRequest;
import se.rln.events.mapping.OrganisationView;
import se.rln.events.model.OrganisationKind;
import se.rln.events.service.OrganisationService;

@Path("/api/v1/organisations")
@Tag(name = "Organisations", description = "Regions, municipalities, associations, universities and companies that organise events")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationService organisations;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createOrganisation", summary = "Create an organisation (admin)")
    @APIResponse(responseCode = "201", description = "Created; a repeated Idempotency-Key answers the first result", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, unknown municipality or county code")
    @APIResponse(responseCode = "409", description = "An organisation with this name exists")
    public Response create(@NotNull @Valid OrganisationRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        var outcome = organisations.create(body, idempotencyKey);
        return Responses.created("/api/v1/organisations", outcome.body().id(), outcome.body().version(), outcome);
    }

    @GET
    @PermitAll
    @Operation(operationId = "listOrganisations", summary = "List organisations by name, optionally of one kind or matching a text")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    public Page<OrganisationView> list(@QueryParam("kind") String kind, @QueryParam("q") String q,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return organisations.list(Params.enumValue("kind", kind, OrganisationKind.class), Params.text("q", q, 200),
                Params.page(cursor, limit, SortKey.TEXT));
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getOrganisation", summary = "Get an organisation")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "200", description = "The organisation; ETag is its version", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response get(@PathParam("id") UUID id) {
        OrganisationView view = organisations.get(id);
        return Responses.ok(view, view.version());
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "updateOrganisation", summary = "Replace an organisation (admin, or a coordinator of it); If-Match required")
    @APIResponse(responseCode = "412", description = "If-Match is stale")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "200", description = "The organisation as replaced; ETag is its new version", content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid OrganisationRequest body) {
        OrganisationView view = organisations.update(id, ifMatch, body);
        return Responses.ok(view, view.version());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteOrganisation", summary = "Delete an organisation that hosts no event and owns no programme (admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The organisation is in use")
    public void delete(@PathParam("id") UUID id) {
        organisations.delete(id);
    }
}
