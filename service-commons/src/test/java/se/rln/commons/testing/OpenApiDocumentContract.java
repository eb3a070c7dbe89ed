package se.rln.commons.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every service's OpenAPI document must be: every operation summarised, errors documented
 * as problem+json, and identical to the copy stored in the module ({@code api/openapi.json}, which
 * the gateway routes by). A service's {@code @QuarkusTest} extends this and names one operation
 * whose 4xx answer must reference {@code Problem}.
 */
public abstract class OpenApiDocumentContract {

    /** A JSON pointer to an error response's schema reference, e.g. {@code /paths/~1api~1v1~1events/post/responses/400/…}. */
    protected abstract String problemReference();

    @Test
    void everyOperationIsSummarisedAndErrorsAreProblems() throws Exception {
        JsonNode doc = StoredOpenApi.generated();
        assertEquals(List.of(), StoredOpenApi.operationsWithoutSummary(doc));
        assertEquals(List.of(), StoredOpenApi.incompleteOperations(doc));
        assertEquals("#/components/schemas/Problem", doc.at(problemReference()).asText());
    }

    @Test
    void theStoredDocumentIsCurrent() throws Exception {
        StoredOpenApi.assertMatchesStored(StoredOpenApi.generated());
    }
}
