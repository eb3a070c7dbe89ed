package se.rln.events.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.rln.commons.testing.OpenApiDocumentContract;
import se.rln.commons.testing.StoredOpenApi;

/** The generated OpenAPI document is complete, and stored in the module (api/openapi.json). */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentContract {

    @Override
    protected String problemReference() {
        return "/paths/~1api~1v1~1events/post/responses/400/content/application~1problem+json/schema/$ref";
    }

    @Test
    void examplesAreSwedishAndEveryDesignedPathIsThere() throws Exception {
        JsonNode doc = StoredOpenApi.generated();
        assertEquals("Mobilisera för framtiden – ledarskapets betydelse",
                doc.at("/components/schemas/EventRequest/properties/title/examples/0").asText());
        assertEquals(22, doc.get("paths").size(), "paths owned by events-service");
    }
}
