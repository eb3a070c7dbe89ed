package se.rln.participants.mapping;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription (its secret is shown only when it is created). */
@Schema(name = "Webhook", requiredProperties = { "id", "url", "changeTypes", "status", "createdAt" })
public record WebhookView(
        UUID id,
        @Schema(examples = "https://hr.malmo.se/rln/webhook") String url,
        @Schema(examples = "1280") String municipalityCode,
        UUID eventId,
        @Schema(description = "Empty: every type") List<String> changeTypes,
        String description,
        @Schema(description = "DISABLED once the receiver answered 410 Gone", examples = "ACTIVE") String status,
        String disabledReason,
        OffsetDateTime createdAt) {

    /** A new subscription and its signing secret, which is never shown again. */
    @Schema(name = "NewWebhook", requiredProperties = { "webhook", "secret" })
    public record Created(
            WebhookView webhook,
            @Schema(description = "Standard Webhooks secret: verify each delivery's webhook-signature with it",
                    examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }

    /** One change on its way to the receiver; {@code id} is the webhook-id of every attempt. */
    @Schema(name = "WebhookDelivery", requiredProperties = { "id", "type", "status", "attempts", "createdAt", "history" })
    public record Delivery(UUID id, @Schema(examples = "registration.confirmed") String type,
            @Schema(description = "PENDING, DELIVERED or FAILED (given up after 3 days, or the subscription was disabled)",
                    examples = "DELIVERED") String status,
            int attempts, OffsetDateTime createdAt,
            @Schema(description = "While PENDING") OffsetDateTime nextAttemptAt,
            OffsetDateTime deliveredAt, List<Attempt> history) {
    }

    /** One attempt and what the receiver answered. */
    @Schema(name = "WebhookAttempt", requiredProperties = { "attempt", "attemptedAt", "durationMs" })
    public record Attempt(int attempt, OffsetDateTime attemptedAt,
            @Schema(description = "The receiver's HTTP status; absent when there was no answer", examples = "503") Integer statusCode,
            @Schema(examples = "answered 503") String error, int durationMs) {
    }
}
