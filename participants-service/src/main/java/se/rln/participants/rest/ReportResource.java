package se.rln.participants.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.rest.Params;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.CompletionReport;
import se.rln.participants.mapping.ParticipationReport;
import se.rln.participants.mapping.Spreadsheets;
import se.rln.participants.mapping.Table;
import se.rln.participants.service.Completions;
import se.rln.participants.service.ParticipationReports;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Participation counts per municipality and programme, programme completion")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ParticipationReports reports;

    @Inject
    Spreadsheets spreadsheets;

    @Inject
    Completions completions;

    @GET
    @Path("completion")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "getCompletionReport", summary = "Who completed a programme: each enrolled person's days attended against its completion rule, with counts per cohort and municipality",
            description = "The programme's organisers see everyone (of one municipality or cohort when asked); a "
                    + "municipality sees its own people.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = CompletionReport.class)))
    @APIResponse(responseCode = "400", description = "No programme, a malformed filter, a cohort of another programme, or more than 5 000 people")
    @APIResponse(responseCode = "403", description = "Neither the programme's organiser nor a municipality, or another municipality")
    @APIResponse(responseCode = "404", description = "Unknown programme")
    public CompletionReport completion(@QueryParam("programme") String programme,
            @QueryParam("municipality") String municipality, @QueryParam("cohort") String cohort) {
        return completions.report(Params.uuid("programme", programme), Params.code("municipality", municipality, 4),
                Params.uuid("cohort", cohort));
    }

    @GET
    @Path("completion")
    @Produces({ Table.CSV, Table.XLSX })
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "getCompletionReport", summary = "The completion report's people as a file to open in Excel (Accept: text/csv or .xlsx)")
    @APIResponse(responseCode = "200", description = "One row per enrolled person (attachment)", content = {
            @Content(mediaType = Table.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with byte-order mark, semicolon-separated, a header row")),
            @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Table completionFile(@QueryParam("programme") String programme,
            @QueryParam("municipality") String municipality, @QueryParam("cohort") String cohort) {
        return spreadsheets.completion(completion(programme, municipality, cohort));
    }

    @GET
    @Path("participation")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "getParticipationReport", summary = "Participation per event and municipality, for a municipality, a programme or both",
            description = "A municipality token reports on its own municipality (the default); a coordinator on events "
                    + "their organisation (co-)hosts. Events starting in [from, to) when given.")
    @APIResponse(responseCode = "400", description = "Neither municipality nor programme, a malformed filter, or too many lines")
    @APIResponse(responseCode = "403", description = "Another municipality")
    @APIResponse(responseCode = "200", description = "Lines per event and municipality, and totals")
    public ParticipationReport participation(@QueryParam("municipality") String municipality,
            @QueryParam("programme") String programme, @QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.report(Params.code("municipality", municipality, 4), Params.uuid("programme", programme),
                Params.time("from", from), Params.time("to", to));
    }

    @GET
    @Path("participation")
    @Produces({ Table.CSV, Table.XLSX })
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "getParticipationReport", summary = "The report's lines as a file to open in Excel (Accept: text/csv or .xlsx)")
    @APIResponse(responseCode = "200", description = "One row per event and municipality (attachment)", content = {
            @Content(mediaType = Table.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with byte-order mark, semicolon-separated, a header row")),
            @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Table participationFile(@QueryParam("municipality") String municipality,
            @QueryParam("programme") String programme, @QueryParam("from") String from, @QueryParam("to") String to) {
        return spreadsheets.participation(participation(municipality, programme, from, to));
    }
}
