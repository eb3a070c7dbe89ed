package se.rln.commons.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a delivery may go, with and without loopback and private targets allowed (IP literals: no DNS needed). */
class WebhookTargetsTest {

    private static WebhookTargets targets(boolean loopback, boolean privateRanges) {
        return new WebhookTargets(new WebhookConfig() {
            public boolean enabled() { return true; }
            public boolean allowLoopback() { return loopback; }
            public boolean allowPrivate() { return privateRanges; }
            public Duration firstRetry() { return Duration.ofSeconds(5); }
            public Duration maxInterval() { return Duration.ofHours(10); }
            public Duration giveUpAfter() { return Duration.ofDays(3); }
            public Duration timeout() { return Duration.ofSeconds(10); }
            public int batchSize() { return 20; }
            public Duration pollInterval() { return Duration.ofSeconds(1); }
            public Duration keepFor() { return Duration.ofDays(30); }
        });
    }

    private static Optional<String> refusal(WebhookTargets targets, String url) {
        return targets.refusal(URI.create(url));
    }

    @Test
    void publicHttpsIsAllowedAndNothingElseByDefault() {
        WebhookTargets strict = targets(false, false);
        assertEquals(Optional.empty(), refusal(strict, "https://93.184.216.34/hooks"));
        assertEquals(Optional.empty(), refusal(strict, "https://[2606:2800:220:1:248:1893:25c8:1946]/hooks"));
        assertTrue(refusal(strict, "https://127.0.0.1/hooks").orElseThrow().contains("loopback"));
        assertTrue(refusal(strict, "https://[::1]/hooks").orElseThrow().contains("loopback"));
        assertTrue(refusal(strict, "https://10.1.2.3/hooks").orElseThrow().contains("private"));
        assertTrue(refusal(strict, "https://172.20.0.1/hooks").orElseThrow().contains("private"));
        assertTrue(refusal(strict, "https://100.64.0.1/hooks").orElseThrow().contains("private"));
        assertTrue(refusal(strict, "https://[fd12::1]/hooks").orElseThrow().contains("private"));
        assertTrue(refusal(strict, "https://[::ffff:192.168.0.1]/hooks").orElseThrow().contains("private"));
        assertTrue(refusal(strict, "https://169.254.169.254/latest").orElseThrow().contains("never"));
        assertTrue(refusal(strict, "https://0.0.0.0/hooks").orElseThrow().contains("never"));
        assertTrue(refusal(strict, "http://93.184.216.34/hooks").orElseThrow().contains("https"));
        assertTrue(refusal(strict, "mailto:hr@malmo.se").orElseThrow().contains("https"));
    }

    @Test
    void configurationOpensLoopbackOverHttpAndPrivateRangesButNeverLinkLocal() {
        WebhookTargets open = targets(true, true);
        assertEquals(Optional.empty(), refusal(open, "http://127.0.0.1:8099/hooks"));
        assertEquals(Optional.empty(), refusal(open, "https://10.1.2.3/hooks"));
        assertTrue(refusal(open, "http://10.1.2.3/hooks").orElseThrow().contains("https"), "plain http only to loopback");
        assertTrue(refusal(open, "https://169.254.169.254/latest").isPresent());
        assertTrue(refusal(targets(true, false), "https://192.168.1.1/").orElseThrow().contains("private"));
    }
}
