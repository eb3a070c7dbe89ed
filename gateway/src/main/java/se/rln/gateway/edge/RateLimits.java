package se.rln.gateway.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import se.rln.gateway.GatewayConfig;

/**
 * Token buckets per client (the token's subject, or the IP address when anonymous): a general
 * one and a stricter one for uploads (roster sync), each refilled whole every minute (N requests per
 * window). Idle clients' buckets are forgotten after 10 minutes.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    GatewayConfig config;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000).build();

    /** Takes one request from the client's bucket; answers how long to wait when it is empty (0: go on). */
    public long secondsToWait(String client, boolean upload) {
        String key = (upload ? "upload:" : "all:") + client;
        int perMinute = upload ? config.limits().rosterPerMinute() : config.limits().perMinute();
        Bucket bucket = buckets.get(key, k -> Bucket.builder().addLimit(Bandwidth.builder().capacity(perMinute)
                .refillIntervally(perMinute, Duration.ofMinutes(1)).build()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
    }
}
