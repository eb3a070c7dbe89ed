package se.rln.events.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.reference.County;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.reference.Municipality;
import se.rln.commons.rest.Params;

@Path("/api/v1")
@Tag(name = "Reference data", description = "SCB's counties and municipalities")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class ReferenceDataResource {

    @Inject
    Municipalities municipalities;

    @GET
    @Path("counties")
    @Operation(operationId = "listCounties", summary = "Sweden's 21 counties (län)")
    @APIResponse(responseCode = "200", description = "The counties")
    public List<County> counties() {
        return municipalities.counties();
    }

    @GET
    @Path("municipalities")
    @Operation(operationId = "listMunicipalities", summary = "Sweden's 290 municipalities, optionally of one county")
    @APIResponse(responseCode = "400", description = "Unknown county code")
    @APIResponse(responseCode = "200", description = "The municipalities")
    public List<Municipality> municipalities(@QueryParam("county") String county) {
        String code = Params.code("county", county, 2);
        if (code != null && !municipalities.isCounty(code)) {
            throw ProblemException.invalid("county", "unknown county code " + code);
        }
        return municipalities.municipalities(code);
    }
}
