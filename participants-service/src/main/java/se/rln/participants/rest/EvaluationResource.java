package se.rln.participants.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.AnswerRequest;
import se.rln.participants.mapping.EvaluationRequest;
import se.rln.participants.mapping.EvaluationResults;
import se.rln.participants.mapping.EvaluationView;
import se.rln.participants.mapping.ProgrammeEvaluationResults;
import se.rln.participants.mapping.Spreadsheets;
import se.rln.participants.mapping.Table;
import se.rln.participants.service.Evaluations;

@Path("/api/v1")
@Tag(name = "Evaluations", description = "What the participants thought of a day: 1–5 questions and free text, anonymous in every result")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationResource {

    @Inject
    Evaluations evaluations;

    @Inject
    Spreadsheets spreadsheets;

    @PUT
    @Path("events/{id}/evaluation")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "openEvaluation", summary = "Open the day's evaluation (or change it before anyone answered); without questions the house's three are asked")
    @APIResponse(responseCode = "200", description = "The evaluation", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid questions or closing time")
    @APIResponse(responseCode = "403", description = "Not an organiser of the day")
    @APIResponse(responseCode = "404", description = "Unknown day")
    @APIResponse(responseCode = "409", description = "The day has not started or is cancelled, or people answered other questions")
    public EvaluationView open(@PathParam("id") UUID eventId, @NotNull @Valid EvaluationRequest body) {
        return evaluations.open(eventId, body);
    }

    @GET
    @Path("events/{id}/evaluation")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.PARTICIPANT })
    @Operation(operationId = "getEvaluation", summary = "The day's evaluation: its questions; for a participant with a seat on the day whether they answered")
    @APIResponse(responseCode = "200", description = "The evaluation", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No evaluation, or not the caller's day")
    public EvaluationView get(@PathParam("id") UUID eventId) {
        return evaluations.get(eventId);
    }

    @POST
    @Path("events/{id}/evaluation/answers")
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "answerEvaluation", summary = "Answer the day's evaluation, once, as a participant with a seat on the day")
    @APIResponse(responseCode = "201", description = "Answered; the evaluation as the participant sees it", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "An unknown question, a number outside 1–5, text too long, or no answer")
    @APIResponse(responseCode = "404", description = "No evaluation, or not the caller's day")
    @APIResponse(responseCode = "409", description = "Already answered, or the evaluation closed")
    public Response answer(@PathParam("id") UUID eventId, @NotNull @Valid AnswerRequest body) {
        return Response.status(Response.Status.CREATED).entity(evaluations.answer(eventId, body)).build();
    }

    @GET
    @Path("events/{id}/evaluation/results")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "getEvaluationResults", summary = "The day's results, anonymous: per question the count, mean and distribution, or the free texts")
    @APIResponse(responseCode = "200", description = "The results", content = @Content(schema = @Schema(implementation = EvaluationResults.class)))
    @APIResponse(responseCode = "403", description = "Not an organiser of the day")
    @APIResponse(responseCode = "404", description = "Unknown day, or no evaluation")
    public EvaluationResults results(@PathParam("id") UUID eventId) {
        return evaluations.results(eventId);
    }

    @GET
    @Path("events/{id}/evaluation/results")
    @Produces({ Table.CSV, Table.XLSX })
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "getEvaluationResults", summary = "The day's answers as a file, one anonymous row per answer, a column per question (Accept: text/csv or .xlsx)")
    @APIResponse(responseCode = "200", description = "The answers (attachment), without respondents or times", content = {
            @Content(mediaType = Table.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with byte-order mark, semicolon-separated, a header row")),
            @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Table resultsFile(@PathParam("id") UUID eventId) {
        return spreadsheets.evaluation(eventId, evaluations.results(eventId), evaluations.answerRows(eventId));
    }

    @GET
    @Path("programmes/{id}/evaluation/results")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "getProgrammeEvaluationResults", summary = "A programme's evaluations: each evaluated day's results, and each question over all days")
    @APIResponse(responseCode = "200", description = "The results", content = @Content(schema = @Schema(implementation = ProgrammeEvaluationResults.class)))
    @APIResponse(responseCode = "403", description = "Not an organiser of the programme")
    @APIResponse(responseCode = "404", description = "Unknown programme")
    public ProgrammeEvaluationResults programme(@PathParam("id") UUID programmeId) {
        return evaluations.programme(programmeId);
    }

    @GET
    @Path("programmes/{id}/evaluation/results")
    @Produces({ Table.CSV, Table.XLSX })
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    @Operation(operationId = "getProgrammeEvaluationResults", summary = "Every answer to the programme's evaluations as a file: the day, then a column per question key (Accept: text/csv or .xlsx)")
    @APIResponse(responseCode = "200", description = "The answers (attachment), without respondents or times", content = {
            @Content(mediaType = Table.CSV, schema = @Schema(type = SchemaType.STRING,
                    description = "UTF-8 with byte-order mark, semicolon-separated, a header row")),
            @Content(mediaType = Table.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    public Table programmeFile(@PathParam("id") UUID programmeId) {
        ProgrammeEvaluationResults results = evaluations.programme(programmeId);
        return spreadsheets.programmeEvaluation(results, evaluations.programmeAnswerRows(results));
    }
}
