package se.rln.commons.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Signatures per the Standard Webhooks specification (standardwebhooks.com), by its reference
 * library: {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">} keyed with
 * the subscription's secret {@code whsec_<base64 of 32 random bytes>}.
 */
public final class WebhookSignature {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header of one attempt. */
    public static String sign(String secret, String webhookId, long timestampSeconds, String body) {
        try {
            return new Webhook(secret).sign(webhookId, timestampSeconds, body);
        } catch (WebhookSigningException | com.standardwebhooks.exceptions.EmptyWebhookSecretException e) {
            throw new IllegalStateException("cannot sign a webhook delivery", e);
        }
    }
}
