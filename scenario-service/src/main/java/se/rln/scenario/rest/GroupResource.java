package se.rln.scenario.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.rest.Params;
import se.rln.commons.security.Roles;
import se.rln.scenario.mapping.AssignmentRequest;
import se.rln.scenario.mapping.FocalQuestionRequest;
import se.rln.scenario.mapping.GroupRequest;
import se.rln.scenario.mapping.GroupView;
import se.rln.scenario.service.GroupService;
import se.rln.scenario.service.PictureLanguage;
import se.rln.scenario.service.WorkshopPictures;

@Path("/api/v1/workshops/{id}/groups")
@Tag(name = "Groups", description = "The tables of a workshop, their focal question and pictures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT })
public class GroupResource {

    static final String SVG = "image/svg+xml";
    private static final String LANG = "The language of the picture's words: sv (Swedish, the default) or en";

    @Inject
    GroupService groups;

    @Inject
    WorkshopPictures pictures;

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Operation(operationId = "listGroups", summary = "The groups with their members")
    @APIResponse(responseCode = "200", description = "OK")
    public List<GroupView> list(@PathParam("id") UUID id) {
        return groups.list(id);
    }

    @POST
    @Operation(operationId = "createGroup", summary = "Add a group (facilitator, in SETUP)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = GroupView.class)))
    @APIResponse(responseCode = "409", description = "Not in SETUP")
    public Response create(@PathParam("id") UUID id, @NotNull @Valid GroupRequest body) {
        GroupView view = groups.create(id, body);
        return Response.status(201).entity(view).location(java.net.URI.create("/api/v1/workshops/" + id + "/groups/" + view.id()))
                .build();
    }

    @POST
    @Path("assignment")
    @Operation(operationId = "assignGroups", summary = "Deal the members into N groups, spreading each municipality across them (facilitator, SETUP)")
    @APIResponse(responseCode = "409", description = "Not in SETUP")
    @APIResponse(responseCode = "200", description = "The groups with their members")
    public List<GroupView> assign(@PathParam("id") UUID id, @NotNull @Valid AssignmentRequest body) {
        return groups.assign(id, body.groups());
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("{g}")
    @Operation(operationId = "getGroup", summary = "A group")
    @APIResponse(responseCode = "404", description = "No such group in a workshop visible to the caller")
    @APIResponse(responseCode = "200", description = "The group")
    public GroupView get(@PathParam("id") UUID id, @PathParam("g") UUID g) {
        return groups.get(id, g);
    }

    @PUT
    @Path("{g}/focal-question")
    @Operation(operationId = "setFocalQuestion", summary = "The group's focal question and time horizon (its members or the facilitator, FOCAL_QUESTION)")
    @APIResponse(responseCode = "403", description = "A participant of another group")
    @APIResponse(responseCode = "409", description = "Not in FOCAL_QUESTION")
    @APIResponse(responseCode = "200", description = "The group with its focal question")
    public GroupView focalQuestion(@PathParam("id") UUID id, @PathParam("g") UUID g, @NotNull @Valid FocalQuestionRequest body) {
        return groups.focalQuestion(id, g, body);
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("{g}/cross.svg")
    @Produces(SVG)
    @Operation(operationId = "getCrossPicture", summary = "The cross as SVG: axes, poles and the four scenarios with "
            + "their names and the beginning of their narratives")
    public String cross(@PathParam("id") UUID id, @PathParam("g") UUID g, @Parameter(description = LANG,
            schema = @Schema(type = SchemaType.STRING, enumeration = { "sv", "en" }, defaultValue = "sv"))
            @QueryParam("lang") String lang) {
        return pictures.cross(id, g, language(lang));
    }

    @GET
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.FACILITATOR, Roles.PARTICIPANT, Roles.VIEWER })
    @Path("{g}/drivers.svg")
    @Produces(SVG)
    @Operation(operationId = "getDriverPicture", summary = "The impact/uncertainty scatter of the group's drivers as SVG, "
            + "no label over another or over a point")
    public String drivers(@PathParam("id") UUID id, @PathParam("g") UUID g, @Parameter(description = LANG,
            schema = @Schema(type = SchemaType.STRING, enumeration = { "sv", "en" }, defaultValue = "sv"))
            @QueryParam("lang") String lang) {
        return pictures.drivers(id, g, language(lang));
    }

    private static PictureLanguage language(String lang) {
        PictureLanguage words = Params.enumValue("lang", lang, PictureLanguage.class);
        return words == null ? PictureLanguage.SV : words;
    }
}
