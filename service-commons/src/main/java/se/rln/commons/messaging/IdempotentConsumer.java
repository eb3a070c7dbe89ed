package se.rln.commons.messaging;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import se.rln.commons.cloudevents.CloudEvent;
import se.rln.commons.cloudevents.CloudEventReader;
import se.rln.commons.database.DatabaseOutages;

/**
 * Applies a Kafka record's CloudEvent once, if it comes from the service that owns its type
 * ({@link EventSources}). Each attempt runs in its own transaction that
 * both records the event id ({@link ProcessedEvents}) and performs the effect, so a crash
 * between the two is impossible and a redelivery is skipped.
 *
 * <p>A {@link PoisonMessageException} (unreadable record, unknown type) is rethrown at once so
 * the channel's {@code dead-letter-queue} failure strategy moves the record aside. Other
 * failures (a lock timeout, a bug) are retried with backoff a few times before they, too, go to
 * the dead-letter topic rather than block the partition. A database that cannot be reached is
 * waited for as long as it takes (backoff up to {@value #MAX_BACKOFF_MS} ms): no record could be
 * applied meanwhile, and none may be lost to the dead-letter topic. The offset is committed only
 * after this method returns.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final int ATTEMPTS = 5;
    private static final long MAX_BACKOFF_MS = 5_000;

    @Inject
    ProcessedEvents processed;

    @Inject
    CloudEventReader reader;

    /** @return true if the event was applied now, false if it had been applied before. */
    public boolean apply(String consumer, String recordValue, Consumer<CloudEvent> effect) {
        return apply(consumer, reader.read(recordValue), effect);
    }

    private boolean apply(String consumer, CloudEvent event, Consumer<CloudEvent> effect) {
        if (!EventSources.fromOwner(event)) {
            Log.warnf("%s ignores %s %s: its source %s does not own that type (owner: %s)", consumer, event.type(), event.id(),
                    event.source(), EventSources.ownerOf(event.type()));
            return false;
        }
        return retrying(consumer, event.type() + " " + event.id(), ATTEMPTS, () -> QuarkusTransaction.requiringNew().call(() -> {
            if (!processed.firstDelivery(consumer, event.id())) {
                Log.debugf("%s skips %s %s: already applied", consumer, event.type(), event.id());
                return false;
            }
            effect.accept(event);
            return true;
        }));
    }

    /**
     * Runs {@code work} (a transaction applying {@code what}) until it succeeds: as long as it
     * takes while the database cannot be reached, up to {@code attempts} times for any other
     * failure (then its failure is thrown), never again for poison.
     */
    <T> T retrying(String consumer, String what, int attempts, java.util.function.Supplier<T> work) {
        Duration backoff = Duration.ofMillis(100);
        for (int attempt = 1;; attempt++) {
            try {
                return work.get();
            } catch (PoisonMessageException e) {
                throw e;
            } catch (RuntimeException e) {
                boolean outage = DatabaseOutages.isOutage(e);
                if (attempt >= attempts && !outage) {
                    throw e;
                }
                if (attempt <= ATTEMPTS || attempt % 10 == 0) {
                    Log.warnf("%s failed to apply %s (attempt %d), retrying%s: %s", consumer, what, attempt,
                            outage ? " until the database is back" : "", e.toString());
                }
                sleep(backoff);
                backoff = Duration.ofMillis(Math.min(MAX_BACKOFF_MS, backoff.toMillis() * 2));
            }
        }
    }

    /**
     * Like {@link #apply(String, String, Consumer)} for the events whose type starts with
     * {@code typePrefix} (others are skipped as not this consumer's business), with their data
     * read as {@code dataType}; {@code complete} names what the data must have, else it is poison.
     */
    public <T> boolean apply(String consumer, String recordValue, String typePrefix, Class<T> dataType,
            java.util.function.Predicate<T> complete, java.util.function.BiConsumer<CloudEvent, T> effect) {
        return apply(consumer, recordValue, new Route<>(typePrefix, dataType, complete, effect));
    }

    /**
     * What a consumer does with the events whose type starts with {@code typePrefix}: reads their
     * data as {@code dataType}, which must be {@code complete} (else it is poison), and applies it.
     */
    public record Route<T>(String typePrefix, Class<T> dataType, java.util.function.Predicate<T> complete,
            java.util.function.BiConsumer<CloudEvent, T> effect) {

        /** The first of {@code routes} that takes events of {@code type}, or null when none does. */
        static Route<?> firstFor(String type, Route<?>... routes) {
            return Arrays.stream(routes).filter(r -> type.startsWith(r.typePrefix())).findFirst().orElse(null);
        }
    }

    /**
     * Applies each event by the first route its type matches. Events no route matches are skipped
     * before any transaction: on a busy topic of which a consumer needs one type (a workshop's
     * outcome among its every rating), the rest cost it a read, not a transaction and a row.
     */
    public boolean apply(String consumer, String recordValue, Route<?>... routes) {
        CloudEvent event = reader.read(recordValue);
        Route<?> route = Route.firstFor(event.type(), routes);
        if (route == null) {
            Log.debugf("%s ignores %s %s", consumer, event.type(), event.id());
            return false;
        }
        return apply(consumer, event, e -> follow(consumer, e, route));
    }

    private <T> void follow(String consumer, CloudEvent event, Route<T> route) {
        T data = reader.data(event, route.dataType());
        if (!route.complete().test(data)) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " lacks fields " + consumer + " needs");
        }
        route.effect().accept(event, data);
    }

    private static void sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
