package se.rln.participants.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.participants.mapping.AttendanceList;
import se.rln.participants.mapping.AttendanceRequest;
import se.rln.participants.mapping.RegistrationView;
import se.rln.participants.service.AttendanceService;
import se.rln.participants.service.RegistrationService;

@Path("/api/v1")
@Tag(name = "Attendance", description = "Who came, recorded by the event's organisers once the event has started")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ "admin", "coordinator" })
@APIResponse(responseCode = "409", description = "The event has not started, or the registration is not confirmed")
public class AttendanceResource {

    @Inject
    AttendanceService attendance;

    @Inject
    RegistrationService registrations;

    @PUT
    @Path("registrations/{id}/attendance")
    @Operation(operationId = "setRegistrationAttendance", summary = "Mark one confirmed registration ATTENDED or NO_SHOW (a mark can be corrected)")
    @APIResponse(responseCode = "404", description = "No such registration on an event the caller organises")
    @APIResponse(responseCode = "200", description = "The registration, ATTENDED or NO_SHOW")
    public RegistrationView mark(@PathParam("id") UUID id, @NotNull @Valid AttendanceRequest body) {
        attendance.mark(id, body.attended());
        return registrations.get(id);
    }

    @PUT
    @Path("events/{id}/attendance")
    @Operation(operationId = "setEventAttendance", summary = "Mark many registrations of the event at once, all or nothing")
    @APIResponse(responseCode = "403", description = "Not an organiser of the event")
    @APIResponse(responseCode = "422", description = "Entries that cannot be marked, each named; nothing applied")
    @APIResponse(responseCode = "200", description = "The registrations as marked")
    public Map<String, Integer> markAll(@PathParam("id") UUID eventId, @NotNull @Valid AttendanceList body) {
        return Map.of("marked", attendance.markAll(eventId, body));
    }
}
