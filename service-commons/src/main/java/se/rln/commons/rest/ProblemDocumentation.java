package se.rln.commons.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents RFC 9457 errors once for every service: adds the {@code Problem} schema, the statuses
 * the HTTP layer answers for any operation (406; 415 where there is a body), and makes every
 * 4xx/5xx response (and a {@code default} one, for server errors) {@code application/problem+json}; then
 * applies the suite's {@link OpenApiConventions} (nullability, explicit anonymous security).
 */
public class ProblemDocumentation implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Violation", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("A field (body path, query parameter or header) and why it was refused")
                .required(List.of("field", "message"))
                .addProperty("field", string("seatAllotments[0].municipalityCode"))
                .addProperty("message", string("unknown municipality code 9999")));
        openAPI.getComponents().addSchema("Problem", OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details").required(List.of("type", "title", "status"))
                .addProperty("type", string("urn:rln:problem:validation"))
                .addProperty("title", string("Request is invalid"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).examples(List.of(400)))
                .addProperty("detail", string("seatAllotments[0].municipalityCode: unknown municipality code 9999"))
                .addProperty("instance", string("/api/v1/events"))
                .addProperty("requestId", string("3f0c7a52-7c1e-4a8e-9d6e-2f4b8f7a1c11"))
                .addProperty("violations", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation"))));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                    .forEach((method, op) -> document(item, op, method != PathItem.HttpMethod.GET
                            && method != PathItem.HttpMethod.DELETE && method != PathItem.HttpMethod.HEAD
                            && method != PathItem.HttpMethod.OPTIONS)));
        }
        OpenApiConventions.apply(openAPI);
    }

    /** @param writes a POST, PUT or PATCH: a body may be sent, read or not */
    private void document(PathItem item, Operation operation, boolean writes) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        List<Parameter> parameters = new java.util.ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean body = operation.getRequestBody() != null || writes;
        // what every operation of the suite answers, besides what its own annotations say
        addIfAbsent(operation, "401", "No token where one is needed, or one that is not valid here: expired, badly "
                + "signed, for another audience, or without 'sub'");
        addIfAbsent(operation, "406", "The Accept header asks only for media types this operation does not answer");
        if (body || !parameters.isEmpty()) {
            addIfAbsent(operation, "400", "A malformed " + (body ? "body or " : "") + "parameter; the problem names it");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            addIfAbsent(operation, "404", "Nothing by that id that the caller may see");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            addIfAbsent(operation, "412", "If-Match is not the current version (the problem says which is)");
            addIfAbsent(operation, "428", "If-Match is required");
        }
        if (body) {
            addIfAbsent(operation, "413", "The body is larger than this service accepts");
            addIfAbsent(operation, "415", "The body's Content-Type is not one this operation reads");
        }
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        if (responses == null || !responses.containsKey("default")) {
            operation.getResponses().addAPIResponse("default", OASFactory.createAPIResponse()
                    .description("A server error, as problem+json"));
        }
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
                response.setContent(problemContent());
            }
        });
    }

    private static void addIfAbsent(Operation operation, String status, String description) {
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        if (responses == null || !responses.containsKey(status)) {
            operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private static Schema string(String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).examples(List.of(example));
    }
}
