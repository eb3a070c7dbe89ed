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
import se.rln.commons.rest.Params;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.RegistrationView;
import se.rln.participants.mapping.Roster;
import se.rln.participants.mapping.RosterResult;
import se.rln.participants.mapping.Spreadsheets;
import se.rln.participants.mapping.Table;
import se.rln.participants.service.RegistrationService;
import se.rln.participants.service.RosterCsv;
import se.rln.participants.service.RosterSheet;
import se.rln.participants.service.RosterSync;

@Path("/api/v1/events/{id}/municipalities/{code}/roster")
@Tag(name = "Roster sync", description = "A municipality's whole list of attendees of an event, as its HR system sees it")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
@APIResponse(responseCode = "403", description = "Another municipality's roster, or an event the coordinator does not organise")
@APIResponse(responseCode = "404", description = "Unknown event")
public class RosterResource {

    @Inject
    RosterSync sync;

    @Inject
    RegistrationService registrations;

    @Inject
    Spreadsheets spreadsheets;

    @GET
    @Operation(operationId = "getMunicipalityRoster", summary = "The municipality's current roster: its live registrations on the event")
    @APIResponse(responseCode = "200", description = "The live registrations of the municipality, in registration order")
    public List<RegistrationView> current(@PathParam("id") UUID eventId, @PathParam("code") String code) {
        return registrations.roster(eventId, municipality(code));
    }

    @GET
    @Produces({ Table.CSV, Table.XLSX })
    @Operation(operationId = "getMunicipalityRoster", summary = "The municipality's current roster: JSON, or a file to open in Excel (Accept: text/csv or .xlsx)",
            description = "The file has the columns a roster upload reads, plus status, waitlistPlace and registeredAt, "
                    + "so it can be edited and synced back.")
    @APIResponse(responseCode = "200", description = "The roster as a file (attachment)", content = {
            @Content(mediaType = Table.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with byte-order mark, semicolon-separated, a header row")),
            @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Table currentFile(@PathParam("id") UUID eventId, @PathParam("code") String code) {
        String municipality = municipality(code);
        return spreadsheets.roster(eventId, municipality, registrations.roster(eventId, municipality));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "syncMunicipalityRoster", summary = "Sync the desired full list (JSON): adds, updates and cancels atomically",
            description = "The same list again changes nothing and emits nothing. With dryRun=true the answer is exactly "
                    + "what the sync would do, and nothing is applied.")
    @APIResponse(responseCode = "200", description = "A summary and a result per row")
    @APIResponse(responseCode = "409", description = "Registration is closed and the list adds people")
    @APIResponse(responseCode = "413", description = "More than 10 000 rows")
    @APIResponse(responseCode = "422", description = "Bad rows, each named (rows[N].field); nothing applied")
    public RosterResult syncJson(@PathParam("id") UUID eventId, @PathParam("code") String code,
            @Parameter(description = "Preview without applying") @QueryParam("dryRun") boolean dryRun, @NotNull Roster body) {
        if (body.attendees() == null) {
            throw ProblemException.invalid("attendees", "is required (an empty list cancels everyone)");
        }
        return sync.sync(eventId, municipality(code), body.attendees(), dryRun);
    }

    @PUT
    @Consumes({ "text/csv", "application/csv" })
    @Operation(operationId = "syncMunicipalityRoster", summary = "Sync the desired full list (CSV: comma or semicolon, UTF-8 with or without BOM, or Windows-1252)",
            description = "Header row with externalId, givenName, familyName, email, title, managerLevel.")
    @APIResponse(responseCode = "200", description = "A summary and a result per row")
    @APIResponse(responseCode = "400", description = "Not CSV text (neither UTF-8 nor Windows-1252), or a required column missing")
    @APIResponse(responseCode = "409", description = "Registration is closed and the list adds people")
    @APIResponse(responseCode = "413", description = "More than 10 000 rows")
    @APIResponse(responseCode = "422", description = "Bad rows, each named (rows[N].field; CSV line N + 1); nothing applied")
    public RosterResult syncCsv(@PathParam("id") UUID eventId, @PathParam("code") String code,
            @QueryParam("dryRun") boolean dryRun,
            @RequestBody(required = true, content = {
                    @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING,
                            description = "Header row, then one row per person; comma or semicolon; UTF-8 (with or without BOM) or Windows-1252")),
                    @Content(mediaType = "application/csv", schema = @Schema(type = SchemaType.STRING)) })
            byte[] body) {
        return sync.sync(eventId, municipality(code), RosterCsv.parse(body == null ? new byte[0] : body), dryRun);
    }

    @PUT
    @Consumes(RosterSheet.MEDIA_TYPE)
    @Operation(operationId = "syncMunicipalityRoster", summary = "Sync the desired full list from an Excel workbook (.xlsx)",
            description = "The first sheet: a header row with externalId, givenName, familyName, email, title, managerLevel, then a row per person.")
    @APIResponse(responseCode = "200", description = "A summary and a result per row")
    @APIResponse(responseCode = "400", description = "Not a readable .xlsx workbook, or a required column missing")
    @APIResponse(responseCode = "409", description = "Registration is closed and the list adds people")
    @APIResponse(responseCode = "413", description = "More than 10 000 rows")
    @APIResponse(responseCode = "422", description = "Bad rows, each named (rows[N].field; sheet row N + 2); nothing applied")
    public RosterResult syncWorkbook(@PathParam("id") UUID eventId, @PathParam("code") String code,
            @QueryParam("dryRun") boolean dryRun,
            @RequestBody(required = true, content = @Content(mediaType = RosterSheet.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary"))) byte[] body) {
        return sync.sync(eventId, municipality(code), RosterSheet.parse(body == null ? new byte[0] : body), dryRun);
    }

    /** The {code} path parameter: a four-digit municipality code. */
    static String municipality(String code) {
        String value = Params.code("code", code, 4);
        if (value == null) {
            throw ProblemException.invalid("code", "is required");
        }
        return value;
    }
}
