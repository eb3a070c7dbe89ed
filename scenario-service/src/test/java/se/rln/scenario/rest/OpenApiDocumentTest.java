package se.rln.scenario.rest;

import io.quarkus.test.junit.QuarkusTest;
import se.rln.commons.testing.OpenApiDocumentContract;

/** The generated OpenAPI document is complete, and stored in the module (api/openapi.json). */
@QuarkusTest
class OpenApiDocumentTest extends OpenApiDocumentContract {

    @Override
    protected String problemReference() {
        return "/paths/~1api~1v1~1workshops~1{id}~1phase/post/responses/409/content/application~1problem+json/schema/$ref";
    }
}
