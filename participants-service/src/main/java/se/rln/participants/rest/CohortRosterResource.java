package se.rln.participants.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.CohortRosterResult;
import se.rln.participants.mapping.EnrolmentView;
import se.rln.participants.mapping.Roster;
import se.rln.participants.service.CohortRosterSync;
import se.rln.participants.service.EnrolmentService;
import se.rln.participants.service.RosterCsv;

@Path("/api/v1/cohorts/{id}/municipalities/{code}/roster")
@Tag(name = "Roster sync", description = "A municipality's whole list of attendees of an event, as its HR system sees it")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
@APIResponse(responseCode = "403", description = "Another municipality's roster, or a cohort the coordinator does not organise")
@APIResponse(responseCode = "404", description = "Unknown cohort")
public class CohortRosterResource {

    @Inject
    CohortRosterSync sync;

    @Inject
    EnrolmentService enrolments;

    @GET
    @Operation(operationId = "getCohortRoster", summary = "The municipality's current roster of a cohort: its live enrolments")
    @APIResponse(responseCode = "200", description = "The live enrolments of the municipality, in enrolment order", content = @Content(schema = @Schema(implementation = EnrolmentView.class, type = SchemaType.ARRAY)))
    public List<EnrolmentView> current(@PathParam("id") UUID cohortId, @PathParam("code") String code) {
        return enrolments.roster(cohortId, municipality(code));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "syncCohortRoster", summary = "Sync the municipality's desired full list of a cohort (JSON): enrols, updates and cancels atomically, on every coming day",
            description = "The same list again changes nothing and emits nothing. With dryRun=true the answer is exactly "
                    + "what the sync would do, and nothing is applied. Someone enrolled in another cohort of the programme "
                    + "is not added (IN_OTHER_COHORT): move them.")
    @APIResponse(responseCode = "200", description = "A summary and a result per row", content = @Content(schema = @Schema(implementation = CohortRosterResult.class)))
    @APIResponse(responseCode = "400", description = "No attendees list, or an unknown municipality code")
    @APIResponse(responseCode = "413", description = "More than 10 000 rows")
    @APIResponse(responseCode = "422", description = "Bad rows, each named (rows[N].field); nothing applied")
    public CohortRosterResult syncJson(@PathParam("id") UUID cohortId, @PathParam("code") String code,
            @Parameter(description = "Preview without applying") @QueryParam("dryRun") boolean dryRun, @NotNull Roster body) {
        if (body.attendees() == null) {
            throw ProblemException.invalid("attendees", "is required (an empty list cancels everyone)");
        }
        return sync.sync(cohortId, municipality(code), body.attendees(), dryRun);
    }

    @PUT
    @Consumes({ "text/csv", "application/csv" })
    @Operation(operationId = "syncCohortRoster", summary = "Sync the desired full list of a cohort (CSV: comma or semicolon, UTF-8 with or without BOM, or Windows-1252)",
            description = "Header row with externalId, givenName, familyName, email, title, managerLevel.")
    @APIResponse(responseCode = "200", description = "A summary and a result per row", content = @Content(schema = @Schema(implementation = CohortRosterResult.class)))
    @APIResponse(responseCode = "400", description = "Not CSV text (neither UTF-8 nor Windows-1252), or a required column missing")
    @APIResponse(responseCode = "413", description = "More than 10 000 rows")
    @APIResponse(responseCode = "422", description = "Bad rows, each named (rows[N].field; CSV line N + 1); nothing applied")
    public CohortRosterResult syncCsv(@PathParam("id") UUID cohortId, @PathParam("code") String code,
            @QueryParam("dryRun") boolean dryRun,
            @RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                            description = "Header row, then one row per person; comma or semicolon; UTF-8 (with or without BOM) or Windows-1252")),
                    @Content(mediaType = "application/csv", schema = @Schema(type = SchemaType.STRING)) })
            byte[] body) {
        return sync.sync(cohortId, municipality(code), RosterCsv.parse(body == null ? new byte[0] : body), dryRun);
    }

    private static String municipality(String code) {
        return RosterResource.municipality(code);
    }
}
