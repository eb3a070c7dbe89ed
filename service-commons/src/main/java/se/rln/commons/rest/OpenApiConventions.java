package se.rln.commons.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * What every service's published document says beyond its annotations, so that it is true for
 * clients generated from it:
 * <ul>
 * <li>a property that is not required may be {@code null} in an answer (Jackson writes nulls), so
 * it is documented as OpenAPI 3.1 {@code type: [x, "null"]} (or {@code anyOf} a reference and
 * {@code null});</li>
 * <li>an operation without a security requirement is anonymous, and says so with an empty
 * {@code security} list.</li>
 * </ul>
 */
public final class OpenApiConventions {

    private OpenApiConventions() {
    }

    /** Applies the conventions to a finished document (called by the service's document filter). */
    public static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(OpenApiConventions::nullableUnlessRequired);
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                for (Operation op : item.getOperations().values()) {
                    if (op.getSecurity() == null) {
                        op.setSecurity(new ArrayList<>());
                    }
                }
            }
        }
    }

    private static void nullableUnlessRequired(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> rewritten = new LinkedHashMap<>();
        properties.forEach((name, property) -> rewritten.put(name, required.contains(name) ? property : nullable(property)));
        schema.setProperties(rewritten);
    }

    static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            Schema either = OASFactory.createSchema()
                    .addAnyOf(OASFactory.createSchema().ref(property.getRef()))
                    .addAnyOf(OASFactory.createSchema().addType(Schema.SchemaType.NULL));
            either.setDescription(property.getDescription());
            either.setExamples(property.getExamples());
            either.setDeprecated(property.getDeprecated());
            return either;
        }
        if (property.getType() != null && !property.getType().isEmpty()
                && !property.getType().contains(Schema.SchemaType.NULL)) {
            property.addType(Schema.SchemaType.NULL);
            if (property.getEnumeration() != null && !property.getEnumeration().contains(null)) {
                property.addEnumeration(null);
            }
        }
        return property;
    }
}
