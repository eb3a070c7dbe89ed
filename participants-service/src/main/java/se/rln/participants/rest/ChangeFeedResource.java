package se.rln.participants.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.Params;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.ChangeView;
import se.rln.participants.service.ChangeFeed;

@Path("/api/v1/municipalities/{code}/changes")
@Tag(name = "Change feed", description = "What changed for a municipality's people since its last pull")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeFeedResource {

    @Inject
    ChangeFeed feed;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.MUNICIPALITY })
    @Operation(operationId = "listMunicipalityChanges", summary = "Changes after the cursor (all retained changes without one), oldest first")
    @APIResponse(responseCode = "400", description = "Malformed municipality code or limit")
    @APIResponse(responseCode = "403", description = "Another municipality's feed")
    @APIResponse(responseCode = "410", description = "The cursor expired or was never issued: resync")
    @APIResponse(responseCode = "200", description = "Changes after the cursor, oldest first, and the cursor to continue from")
    public ChangeView changes(@PathParam("code") String code, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        String municipality = Params.code("code", code, 4);
        Integer size = Params.integer("limit", limit);
        int n = size == null ? 100 : size;
        if (n < 1 || n > 1000) {
            throw ProblemException.invalid("limit", "must be between 1 and 1000");
        }
        return feed.changes(municipality, cursor, n);
    }
}
