package se.rln.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The merged OpenAPI document, each service's own, and the AsyncAPI document of the topics. */
@QuarkusTest
class DocsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theMergedDocumentIsValidOpenApiWithEveryServicesPathsAndTheGatewayAsServer() throws Exception {
        String body = given().get("/openapi").then().statusCode(200).contentType(containsString("application/json"))
                .extract().asString();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(body, null, options);
        assertEquals(List.of(), parsed.getMessages(), "the standard validator finds nothing to complain about");
        JsonNode merged = json.readTree(body);
        assertEquals("http://127.0.0.1:8080", merged.at("/servers/0/url").asText());
        Set<String> expected = new HashSet<>();
        int operations = 0;
        for (String service : List.of("events", "participants", "scenario")) {
            JsonNode own = json.readTree(given().get("/openapi/" + service).then().statusCode(200).extract().asString());
            assertEquals("http://127.0.0.1:8080", own.at("/servers/0/url").asText());
            own.path("paths").fieldNames().forEachRemaining(expected::add);
            operations += own.path("paths").size();
        }
        Set<String> actual = new HashSet<>();
        merged.path("paths").fieldNames().forEachRemaining(actual::add);
        assertEquals(expected, actual);
        assertEquals(operations, merged.path("paths").size());
        assertEquals("scenario-service", merged.at("/paths/~1api~1v1~1workshops~1{id}~1phase/post/x-service").asText());
        assertEquals(3, merged.path("x-tagGroups").size());
        assertTrue(merged.at("/components/schemas/Problem").isObject(), "shared components kept once");
        // the YAML rendering is the same document
        JsonNode yaml = new YAMLMapper().readTree(given().queryParam("format", "yaml").get("/openapi").then().statusCode(200)
                .contentType(containsString("application/yaml")).extract().asString());
        assertEquals(merged, yaml);
        given().get("/openapi/nothing").then().statusCode(404);
    }

    /**
     * The merged document is stored with the gateway ({@code api/openapi.json}): clients are
     * generated from it at build time (the system tests' generated Java client), so a change of
     * any service's API shows in review.
     */
    @Test
    void theStoredMergedDocumentIsCurrent() throws Exception {
        se.rln.commons.testing.StoredOpenApi.assertMatchesStored(json.readTree(given().accept("application/json")
                .get("/openapi").then().statusCode(200).extract().asString()));
    }

    @Test
    void theAsyncApiDocumentNamesEveryTopicAndEveryMessageWithItsPayload() throws Exception {
        JsonNode doc = json.readTree(given().get("/asyncapi").then().statusCode(200).extract().asString());
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        Set<String> topics = new HashSet<>();
        doc.path("channels").forEach(c -> topics.add(c.path("address").asText()));
        assertEquals(Set.of("leadership.events.v1", "leadership.registrations.v1", "leadership.participants.v1",
                "leadership.workshops.v1", "leadership.events.v1.participants-dlq", "leadership.events.v1.scenario-dlq",
                "leadership.registrations.v1.dlq", "leadership.registrations.v1.scenario-dlq",
                "leadership.participants.v1.scenario-dlq", "leadership.workshops.v1.events-dlq"), topics);
        Set<String> names = new HashSet<>();
        doc.at("/components/messages").forEach(m -> {
            assertTrue(m.path("payload").isObject() && !m.path("payload").isEmpty(), m.toString());
            assertTrue(names.add(m.path("name").asText()), "one message per name: " + m.path("name"));
        });
        // one message per workshop event type, each with its own payload
        doc.at("/channels/workshops/messages").forEach(ref -> assertTrue(
                doc.at(ref.path("$ref").asText().substring(1)).path("name").asText().startsWith("workshop."), ref.toString()));
        assertEquals(14, doc.at("/channels/workshops/messages").size());
        // every reference resolves
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        refs.forEach(ref -> assertTrue(!doc.at(ref.substring(1)).isMissingNode(), ref + " resolves"));
        assertEquals("string", doc.at("/components/messageTraits/cloudEvent/bindings/kafka/key/type").asText());
        given().queryParam("format", "yaml").get("/asyncapi").then().statusCode(200)
                .body(containsString("leadership.participants.v1"));
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.has("$ref")) {
            refs.add(node.path("$ref").asText());
        }
        node.forEach(child -> collectRefs(child, refs));
    }

    @Test
    void swaggerUiAndHealthAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/health").then().statusCode(200).body("checks.find { it.name == 'services' }.status", equalTo("UP"));
    }
}
