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
import se.rln.participants.mapping.EnrolmentView;
import se.rln.participants.mapping.MoveRequest;
import se.rln.participants.mapping.RegistrationRequest;
import se.rln.participants.service.Certificates;
import se.rln.participants.service.EnrolmentService;

@Path("/api/v1")
@Tag(name = "Enrolments", description = "One enrolment in a programme's cohort for every one of its days")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    @Inject
    EnrolmentService enrolments;

    @Inject
    Certificates certificates;

    @POST
    @Path("cohorts/{id}/enrolments")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "enrolParticipant", summary = "Enrol one person in a cohort: a seat on every coming day if the cohort's capacity and allotments allow, else its waitlist",
            description = "Enrolling someone who is already enrolled in the cohort answers that enrolment.")
    @APIResponse(responseCode = "201", description = "CONFIRMED or WAITLISTED, with a registration on each coming day", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid person")
    @APIResponse(responseCode = "403", description = "Another municipality's person, or a cohort of a programme the coordinator's organisation does not own")
    @APIResponse(responseCode = "404", description = "Unknown cohort")
    @APIResponse(responseCode = "409", description = "The cohort has no published day to come, or the person is enrolled in another cohort of the programme")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused with another body")
    public Response enrol(@PathParam("id") UUID cohortId, @NotNull @Valid RegistrationRequest body,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        var outcome = enrolments.enrol(cohortId, body, idempotencyKey);
        return Responses.created("/api/v1/enrolments", outcome.body().id(), outcome.body().version(), outcome);
    }

    @GET
    @Path("cohorts/{id}/enrolments")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "listCohortEnrolments", summary = "Enrolments of a cohort in enrolment order; a municipality sees only its own")
    @APIResponse(responseCode = "200", description = "A page of enrolments")
    @APIResponse(responseCode = "400", description = "A malformed filter, cursor or limit")
    @APIResponse(responseCode = "403", description = "Neither an organiser nor a municipality, or another municipality")
    @APIResponse(responseCode = "404", description = "Unknown cohort")
    public Page<EnrolmentView> list(@PathParam("id") UUID cohortId, @QueryParam("municipality") String municipality,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return enrolments.list(cohortId, Params.code("municipality", municipality, 4), Params.page(cursor, limit, SortKey.TIME));
    }

    @GET
    @Path("enrolments/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY, Roles.PARTICIPANT })
    @Operation(operationId = "getEnrolment", summary = "Get an enrolment with the person's registration on each day")
    @APIResponse(responseCode = "200", description = "The enrolment; ETag is its version", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment visible to the caller")
    public Response get(@PathParam("id") UUID id) {
        EnrolmentView view = enrolments.get(id);
        return Responses.ok(view, view.version());
    }

    @GET
    @Path("enrolments/{id}/certificate.pdf")
    @Produces("application/pdf")
    @RolesAllowed({ Roles.ADMIN, Roles.MUNICIPALITY, Roles.PARTICIPANT })
    @Operation(operationId = "getEnrolmentCertificate", summary = "The attendance certificate (PDF) of a person who completed the programme, for the person and their municipality")
    @APIResponse(responseCode = "200", description = "The certificate", content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "403", description = "Not the person nor their municipality")
    @APIResponse(responseCode = "404", description = "No such enrolment visible to the caller")
    @APIResponse(responseCode = "409", description = "The person has not completed the programme (yet)")
    public Response certificate(@PathParam("id") UUID id) {
        return Response.ok(certificates.pdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"intyg-" + id + ".pdf\"").build();
    }

    @DELETE
    @Path("enrolments/{id}")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY, Roles.PARTICIPANT })
    @Operation(operationId = "cancelEnrolment", summary = "Cancel the whole programme for the person: the enrolment and its coming days; a freed seat goes to the cohort's waitlist on every day",
            description = "To cancel one day only, cancel that day's registration (DELETE /api/v1/registrations/{id}).")
    @APIResponse(responseCode = "200", description = "The cancelled enrolment (cancelling again changes nothing)", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "404", description = "No such enrolment visible to the caller")
    public Response cancel(@PathParam("id") UUID id) {
        EnrolmentView view = enrolments.cancel(id);
        return Responses.ok(view, view.version());
    }

    @POST
    @Path("enrolments/{id}/move")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
    @Operation(operationId = "moveEnrolment", summary = "Move the person to another cohort of the programme: cancelled (MOVED) here with its coming days, enrolled there")
    @APIResponse(responseCode = "200", description = "The new enrolment, CONFIRMED or WAITLISTED in the other cohort", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "400", description = "No such cohort in the programme, or the same cohort")
    @APIResponse(responseCode = "403", description = "Neither the programme's organiser nor the person's municipality")
    @APIResponse(responseCode = "404", description = "No such enrolment visible to the caller")
    @APIResponse(responseCode = "409", description = "The enrolment is cancelled, or the other cohort has no published day to come")
    public Response move(@PathParam("id") UUID id, @NotNull @Valid MoveRequest body) {
        EnrolmentView view = enrolments.move(id, body.cohortId());
        return Responses.ok(view, view.version());
    }
}
