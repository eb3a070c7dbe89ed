package se.rln.commons.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed delivery is tried again: {@code first}, then four times longer each time, never
 * more than {@code max} apart, until {@code giveUpAfter} has passed since the change (with the
 * defaults 5 s, 20 s, 80 s, 5 min, 21 min, 85 min, 5.7 h, then every 10 h, the last at 3 days: 15 attempts).
 */
public record RetrySchedule(Duration first, Duration max, Duration giveUpAfter) {

    public static RetrySchedule of(WebhookConfig config) {
        return new RetrySchedule(config.firstRetry(), config.maxInterval(), config.giveUpAfter());
    }

    /** The wait after {@code failedAttempts} (1 or more) failures. */
    public Duration delay(int failedAttempts) {
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(4);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /** When to try again after {@code failedAttempts} failures, or empty when the delivery is given up. */
    public Optional<Instant> next(int failedAttempts, Instant changedAt, Instant now) {
        Instant next = now.plus(delay(failedAttempts));
        Instant deadline = changedAt.plus(giveUpAfter);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        return Optional.of(next.isAfter(deadline) ? deadline : next);
    }
}
