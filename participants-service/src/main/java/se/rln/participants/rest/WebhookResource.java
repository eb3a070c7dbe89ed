package se.rln.participants.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.commons.rest.Page;
import se.rln.commons.rest.Params;
import se.rln.commons.rest.SortKey;
import se.rln.commons.security.Roles;
import se.rln.participants.mapping.WebhookRequest;
import se.rln.participants.mapping.WebhookView;
import se.rln.participants.service.WebhookSubscriptions;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Registration changes pushed to an HTTPS receiver as signed CloudEvents (Standard Webhooks), beside the pull feed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR, Roles.MUNICIPALITY })
public class WebhookResource {

    @Inject
    WebhookSubscriptions subscriptions;

    @POST
    @Operation(operationId = "createWebhook", summary = "Subscribe a receiver to a municipality's or an event's registration changes",
            description = "The answer carries the signing secret, which is never shown again. Each delivery is a "
                    + "CloudEvent (structured mode) with webhook-id, webhook-timestamp and webhook-signature headers; "
                    + "retried with backoff for 3 days; a 410 from the receiver disables the subscription.")
    @APIResponse(responseCode = "201", description = "Subscribed; Location is the subscription",
            content = @Content(schema = @Schema(implementation = WebhookView.Created.class)))
    @APIResponse(responseCode = "400", description = "A URL that is not HTTPS or points to a loopback, private or link-local address, an unknown change type, or not exactly one of municipalityCode and eventId")
    @APIResponse(responseCode = "403", description = "Another municipality, or an event the coordinator does not organise")
    @APIResponse(responseCode = "404", description = "Unknown event")
    @APIResponse(responseCode = "409", description = "Already 50 subscriptions")
    public Response create(@NotNull @Valid WebhookRequest body) {
        WebhookView.Created created = subscriptions.subscribe(body);
        return Response.created(URI.create("/api/v1/webhooks/" + created.webhook().id())).entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhooks", summary = "The caller's subscriptions: its municipality's, or its organisation's")
    @APIResponse(responseCode = "403", description = "A token of neither a municipality nor an organisation")
    @APIResponse(responseCode = "200", description = "At most 50, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = WebhookView.class)))
    public List<WebhookView> list() {
        return subscriptions.mine();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getWebhook", summary = "One of the caller's subscriptions")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(schema = @Schema(implementation = WebhookView.class)))
    public WebhookView get(@PathParam("id") UUID id) {
        return subscriptions.get(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteWebhook", summary = "Unsubscribe: nothing more is delivered, pending deliveries included")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "Deliveries of the subscription, newest first, with every attempt")
    @APIResponse(responseCode = "400", description = "A malformed status, cursor or limit")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    public Page<WebhookView.Delivery> deliveries(@PathParam("id") UUID id, @QueryParam("status") String status,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return subscriptions.deliveries(id, status, Params.page(cursor, limit, SortKey.TIME));
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(operationId = "redeliverWebhookDelivery", summary = "Send a delivery again now (same webhook-id, so a receiver that has it can tell)")
    @APIResponse(responseCode = "404", description = "No such subscription of the caller, or no such delivery of it")
    @APIResponse(responseCode = "409", description = "The subscription is disabled")
    @APIResponse(responseCode = "202", description = "Queued; PENDING until the next attempt",
            content = @Content(schema = @Schema(implementation = WebhookView.Delivery.class)))
    public Response redeliver(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return Response.accepted(subscriptions.redeliver(id, deliveryId)).build();
    }
}
