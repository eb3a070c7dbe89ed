package se.rln.participants.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.AttendanceLine;
import se.rln.participants.mapping.AttendanceList;
import se.rln.participants.mapping.AttendanceRequest;
import se.rln.participants.mapping.RegistrationView;
import se.rln.participants.mapping.Spreadsheets;
import se.rln.participants.mapping.Table;
import se.rln.participants.service.AttendanceService;
import se.rln.participants.service.RegistrationService;

@Path("/api/v1")
@Tag(name = "Attendance", description = "Who came, recorded by the event's organisers once the event has started")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
public class AttendanceResource {

    @Inject
    AttendanceService attendance;

    @Inject
    RegistrationService registrations;

    @Inject
    Spreadsheets spreadsheets;

    @GET
    @Path("events/{id}/attendance")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "getEventAttendance", summary = "Everyone with a seat and their mark, by municipality and name; a municipality sees its own people",
            description = "Before the event it is the list to sign in from; afterwards the record of who came.")
    @APIResponse(responseCode = "403", description = "Neither an organiser nor a municipality")
    @APIResponse(responseCode = "404", description = "Unknown event")
    @APIResponse(responseCode = "200", description = "The attendance list", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AttendanceLine.class)))
    public List<AttendanceLine> sheet(@PathParam("id") UUID eventId) {
        return attendance.sheet(eventId);
    }

    @GET
    @Path("events/{id}/attendance")
    @Produces({ Table.CSV, Table.XLSX })
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "getEventAttendance", summary = "The attendance list as a file to open in Excel or print (Accept: text/csv or .xlsx)")
    @APIResponse(responseCode = "200", description = "The attendance list (attachment)", content = {
            @Content(mediaType = Table.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with byte-order mark, semicolon-separated, a header row")),
            @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Table sheetFile(@PathParam("id") UUID eventId) {
        return spreadsheets.attendance(eventId, attendance.sheet(eventId));
    }

    @PUT
    @Path("registrations/{id}/attendance")
    @Operation(operationId = "setRegistrationAttendance", summary = "Mark one confirmed registration ATTENDED or NO_SHOW (a mark can be corrected)")
    @APIResponse(responseCode = "404", description = "No such registration on an event the caller organises")
    @APIResponse(responseCode = "409", description = "The event has not started, or the registration is not confirmed")
    @APIResponse(responseCode = "200", description = "The registration, ATTENDED or NO_SHOW")
    public RegistrationView mark(@PathParam("id") UUID id, @NotNull @Valid AttendanceRequest body) {
        attendance.mark(id, body.attended());
        return registrations.get(id);
    }

    @PUT
    @Path("events/{id}/attendance")
    @Operation(operationId = "setEventAttendance", summary = "Mark many registrations of the event at once, all or nothing")
    @APIResponse(responseCode = "403", description = "Not an organiser of the event")
    @APIResponse(responseCode = "409", description = "The event has not started")
    @APIResponse(responseCode = "422", description = "Entries that cannot be marked, each named; nothing applied")
    @APIResponse(responseCode = "200", description = "The registrations as marked")
    public Map<String, Integer> markAll(@PathParam("id") UUID eventId, @NotNull @Valid AttendanceList body) {
        return Map.of("marked", attendance.markAll(eventId, body));
    }
}
