package se.rln.gateway.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The documents of the suite: merged OpenAPI, each service's own, and the AsyncAPI of the topics. */
@Path("/")
public class DocsResource {

    static final String YAML = "application/yaml";

    private static final YAMLMapper YAML_MAPPER = new YAMLMapper();
    private static final JsonNode ASYNCAPI = readAsyncApi();

    @Inject
    MergedOpenApi openApi;

    @Inject
    ObjectMapper json;

    @GET
    @Path("openapi")
    @Produces({ "application/json", YAML })
    @Operation(summary = "The merged OpenAPI document of every service; ?format=yaml or Accept: application/yaml for YAML")
    public Response merged(@QueryParam("format") String format, @HeaderParam("Accept") String accept) {
        return render(openApi.merged(), format, accept);
    }

    @GET
    @Path("openapi/{service}")
    @Produces({ "application/json", YAML })
    @Operation(summary = "One service's own OpenAPI document (events, participants, scenario)")
    public Response service(@PathParam("service") String service, @QueryParam("format") String format,
            @HeaderParam("Accept") String accept) {
        JsonNode doc = openApi.of(service);
        if (doc == null) {
            throw new NotFoundException("no service '" + service + "'; there are events, participants and scenario");
        }
        return render(doc, format, accept);
    }

    @GET
    @Path("asyncapi")
    @Produces({ "application/json", YAML })
    @Operation(summary = "The AsyncAPI 3 document of the Kafka topics: CloudEvents envelope, types, payloads, keys")
    public Response asyncApi(@QueryParam("format") String format, @HeaderParam("Accept") String accept) {
        return render(ASYNCAPI, format, accept);
    }

    private Response render(JsonNode doc, String format, String accept) {
        boolean yaml = "yaml".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("yaml"));
        try {
            return yaml ? Response.ok(YAML_MAPPER.writeValueAsString(doc), YAML + "; charset=UTF-8").build()
                    : Response.ok(json.writeValueAsString(doc), "application/json; charset=UTF-8").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readAsyncApi() {
        try (InputStream in = DocsResource.class.getResourceAsStream("/asyncapi/asyncapi.yaml")) {
            return YAML_MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("asyncapi/asyncapi.yaml is missing or unreadable", e);
        }
    }
}
