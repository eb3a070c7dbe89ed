package se.rln.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The routing table from OpenAPI documents: ownership, specificity, access, conflicts. */
class RouteTableTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode doc(String paths) throws Exception {
        return JSON.readTree("{\"openapi\":\"3.1.0\",\"paths\":{" + paths + "}}");
    }

    @Test
    void theMostSpecificTemplateOfTheOwningServiceWins() throws Exception {
        RouteTable table = RouteTable.build(Map.of(
                "events", doc("\"/api/v1/events/{id}\":{\"get\":{}},\"/api/v1/events/{id}/stats\":{\"get\":{}}"),
                "participants", doc("\"/api/v1/events/{id}/registrations\":{\"post\":{\"security\":[{\"bearer\":"
                        + "[\"admin\",\"municipality\"]}]}}"),
                "scenario", doc("\"/api/v1/workshops/{id}/groups/{g}\":{\"get\":{}},"
                        + "\"/api/v1/workshops/{id}/groups/assignment\":{\"post\":{}}")));
        assertEquals("participants", table.find("/api/v1/events/42/registrations").orElseThrow().service());
        assertEquals("events", table.find("/api/v1/events/42").orElseThrow().service());
        assertEquals("/api/v1/workshops/{id}/groups/assignment",
                table.find("/api/v1/workshops/1/groups/assignment").orElseThrow().template().template());
        assertEquals("/api/v1/workshops/{id}/groups/{g}",
                table.find("/api/v1/workshops/1/groups/7").orElseThrow().template().template());
        assertTrue(table.find("/api/v1/events/42/nothing").isEmpty());
        assertTrue(table.find("/api/v1/events//stats").isEmpty(), "an empty segment is no id");
        Route.Access register = table.find("/api/v1/events/1/registrations").orElseThrow().operations().get("POST");
        assertFalse(register.anonymous());
        assertEquals(Set.of("admin", "municipality"), register.roles());
        assertTrue(table.find("/api/v1/events/1").orElseThrow().operations().get("GET").anonymous());
    }

    @Test
    void aPathClaimedByTwoServicesIsRefusedNamingBoth() throws Exception {
        var e = assertThrows(RouteTable.ConflictException.class, () -> RouteTable.build(Map.of(
                "events", doc("\"/api/v1/events/{id}/stats\":{\"get\":{}}"),
                "participants", doc("\"/api/v1/events/{eventId}/stats\":{\"get\":{}}"))));
        assertEquals("paths claimed by two services: /api/v1/events/{eventId}/stats is claimed by events and participants",
                e.getMessage());
    }

    @Test
    void streamingOperationsAreRecognised() throws Exception {
        RouteTable table = RouteTable.build(Map.of("scenario", doc("\"/api/v1/workshops/{id}/stream\":{\"get\":"
                + "{\"responses\":{\"200\":{\"content\":{\"text/event-stream\":{}}}}}}")));
        assertTrue(table.find("/api/v1/workshops/1/stream").orElseThrow().operations().get("GET").streaming());
    }

    @Test
    void anOperationTakingAFileIsAnUploadAndOneTakingJsonIsNot() throws Exception {
        RouteTable table = RouteTable.build(Map.of("participants", doc(
                "\"/api/v1/events/{id}/municipalities/{code}/roster\":{\"put\":{\"requestBody\":{\"content\":"
                        + "{\"application/json\":{},\"text/csv\":{}}}}},"
                        + "\"/api/v1/events/{id}/registrations\":{\"post\":{\"requestBody\":{\"content\":"
                        + "{\"application/json\":{}}}}}")));
        assertTrue(table.find("/api/v1/events/1/municipalities/1280/roster").orElseThrow().operations().get("PUT").upload());
        assertFalse(table.find("/api/v1/events/1/registrations").orElseThrow().operations().get("POST").upload());
    }
}
