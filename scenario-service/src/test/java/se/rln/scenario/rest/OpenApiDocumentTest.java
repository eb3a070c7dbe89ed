package se.rln.scenario.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.StoredOpenApi;

/** The generated OpenAPI document is complete, and stored in the module (api/openapi.json). */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void everyOperationIsDescribed() throws Exception {
        JsonNode doc = StoredOpenApi.generated();
        assertEquals(List.of(), StoredOpenApi.operationsWithoutSummary(doc));
        assertEquals("#/components/schemas/Problem", doc.at("/paths/~1api~1v1~1workshops~1{id}~1phase/post/"
                + "responses/409/content/application~1problem+json/schema/$ref").asText());
    }

    @Test
    void theStoredDocumentIsCurrent() throws Exception {
        StoredOpenApi.assertMatchesStored(StoredOpenApi.generated());
    }
}
