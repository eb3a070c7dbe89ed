package se.rln.commons.testing;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The OpenAPI document a service generates is stored in the module ({@code api/openapi.json})
 * so that API changes show up in review; this check fails when they differ, and writes the
 * new document to {@code target/openapi.json} to copy over.
 */
public final class StoredOpenApi {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private StoredOpenApi() {
    }

    public static JsonNode generated() throws Exception {
        String body = given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        return JSON.readTree(body);
    }

    public static void assertMatchesStored(JsonNode generated) throws Exception {
        Path stored = Path.of("api", "openapi.json");
        Path fresh = Path.of("target", "openapi.json");
        String text = JSON.writeValueAsString(JSON.treeToValue(generated, Object.class)) + "\n";
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, text, StandardCharsets.UTF_8);
        if (!Files.exists(stored) || !JSON.readTree(Files.readString(stored, StandardCharsets.UTF_8)).equals(generated)) {
            throw new AssertionError("The API changed without its stored document: review target/openapi.json and copy it to "
                    + stored.toAbsolutePath());
        }
    }

    /** Operations lacking a summary, as "METHOD path". */
    public static List<String> operationsWithoutSummary(JsonNode document) {
        List<String> missing = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (op.getValue().isObject() && op.getValue().has("responses") && !op.getValue().hasNonNull("summary")) {
                missing.add(op.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return missing;
    }

    /**
     * What a generated client needs of every operation, as "METHOD path: what is missing": a
     * unique camelCase operationId, a security declaration (empty when anonymous), a success
     * response, and for every success answer but 204 its media type with a schema.
     */
    public static List<String> incompleteOperations(JsonNode document) {
        List<String> problems = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (!op.getValue().isObject() || !op.getValue().has("responses")) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey() + ": ";
            String id = op.getValue().path("operationId").asText("");
            if (!id.matches("[a-z][a-zA-Z0-9]+")) {
                problems.add(where + "operationId '" + id + "' is not camelCase");
            } else if (!ids.add(id)) {
                problems.add(where + "operationId '" + id + "' is not unique");
            }
            if (!op.getValue().has("security")) {
                problems.add(where + "no security declaration");
            }
            List<String> success = new ArrayList<>();
            op.getValue().path("responses").fieldNames().forEachRemaining(code -> {
                if (code.startsWith("2")) {
                    success.add(code);
                }
            });
            if (success.isEmpty()) {
                problems.add(where + "no success response");
            }
            for (String code : success) {
                JsonNode content = op.getValue().path("responses").path(code).path("content");
                if (code.equals("204")) {
                    continue;
                }
                if (content.isEmpty()) {
                    problems.add(where + code + " has no content");
                }
                content.properties().forEach(media -> {
                    JsonNode schema = media.getValue().path("schema");
                    if (schema.isMissingNode() || schema.isEmpty()) {
                        problems.add(where + code + " " + media.getKey() + " has no schema");
                    }
                });
            }
        }));
        if (!document.path("info").path("license").has("name") || !document.path("info").path("contact").has("email")) {
            problems.add("info: license and contact are required");
        }
        return problems;
    }
}
