package se.rln.commons.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of webhook deliveries ({@code rln.webhooks.*}). */
@ConfigMapping(prefix = "rln.webhooks")
public interface WebhookConfig {

    /** Whether this instance delivers (the service has the webhook tables and offers subscriptions). */
    @WithDefault("false")
    boolean enabled();

    /**
     * Targets on loopback addresses (127.0.0.0/8, ::1) are refused unless this is true: for tests
     * and a receiver on the same host. Plain {@code http} is then allowed for loopback only.
     */
    @WithDefault("false")
    boolean allowLoopback();

    /** Targets in private ranges (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7) are refused unless this is true. */
    @WithDefault("false")
    boolean allowPrivate();

    /** Wait after the first failed attempt; each further wait is four times longer, up to {@link #maxInterval()}. */
    @WithDefault("5s")
    Duration firstRetry();

    @WithDefault("10h")
    Duration maxInterval();

    /** A delivery not accepted this long after its change is given up (FAILED). */
    @WithDefault("3d")
    Duration giveUpAfter();

    /** Connect and answer timeout of one attempt. */
    @WithDefault("10s")
    Duration timeout();

    /** Deliveries claimed and sent at once by one instance. */
    @WithDefault("20")
    int batchSize();

    /** How often an instance looks for due deliveries (a change committed here wakes it at once). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Delivered and failed deliveries are deleted this long after their change. */
    @WithDefault("30d")
    Duration keepFor();
}
