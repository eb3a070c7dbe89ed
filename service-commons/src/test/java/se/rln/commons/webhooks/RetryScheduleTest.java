package se.rln.commons.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(10), Duration.ofDays(3));

    @Test
    void waitsGrowFourfoldUpToTheMaximum() {
        assertEquals(List.of(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(80), Duration.ofSeconds(320),
                Duration.ofSeconds(1280), Duration.ofSeconds(5120), Duration.ofSeconds(20480), Duration.ofHours(10),
                Duration.ofHours(10)), List.of(1, 2, 3, 4, 5, 6, 7, 8, 40).stream().map(schedule::delay).toList());
    }

    @Test
    void aDeliveryIsTriedForThreeDaysThenGivenUp() {
        Instant changed = Instant.parse("2027-10-14T07:00:00Z");
        Instant now = changed;
        List<Instant> attempts = new ArrayList<>(List.of(now));
        for (int failures = 1; ; failures++) {
            Optional<Instant> next = schedule.next(failures, changed, now);
            if (next.isEmpty()) {
                break;
            }
            now = next.get();
            attempts.add(now);
        }
        assertEquals(changed.plus(Duration.ofDays(3)), attempts.get(attempts.size() - 1), "the last try is at the deadline");
        assertEquals(15, attempts.size());
        assertTrue(schedule.next(1, changed, changed.plus(Duration.ofDays(3))).isEmpty());
    }
}
