package se.rln.commons.messaging;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import se.rln.commons.cloudevents.CloudEvent;
import se.rln.commons.cloudevents.CloudEventReader;

/**
 * A poll's records applied together, each CloudEvent once: the records of a batch channel
 * ({@code batch=true}) are read, and those that are this consumer's business applied in one
 * transaction that also records every event id in one statement ({@link ProcessedEvents}), so a
 * busy topic costs one transaction per poll instead of one per record. Nothing else changes: a redelivery is
 * skipped, a record whose source does not own its type is ignored, and an unreadable one goes to
 * the channel's dead-letter topic alone (it is nacked by itself, the others acked). When the
 * batch's transaction fails for any reason but the database being away, each record is applied
 * again by {@link IdempotentConsumer} on its own, with its retries, and only a record that still
 * fails goes to the dead-letter topic. While the database is away the batch waits, as a single
 * record would.
 */
@ApplicationScoped
public class IdempotentBatches {

    @Inject
    IdempotentConsumer single;

    @Inject
    ProcessedEvents processed;

    @Inject
    CloudEventReader reader;

    /** One record read: its event, data and the route that applies it. */
    private record Readable<T>(KafkaRecord<String, String> record, CloudEvent event, T data, IdempotentConsumer.Route<T> route) {

        void apply() {
            route.effect().accept(event, data);
        }
    }

    /**
     * Applies the batch's events whose type starts with {@code typePrefix}, their data read as
     * {@code dataType}; {@code complete} names what the data must have, else the record is poison.
     * Answers when every record is acked (or, if poison, dead-lettered).
     */
    public <T> CompletionStage<Void> apply(String consumer, KafkaRecordBatch<String, String> batch, String typePrefix,
            Class<T> dataType, Predicate<T> complete, BiConsumer<CloudEvent, T> effect) {
        return apply(consumer, batch, new IdempotentConsumer.Route<>(typePrefix, dataType, complete, effect));
    }

    /** Applies each of the batch's events by the first route its type matches; events no route matches are acked. */
    public CompletionStage<Void> apply(String consumer, KafkaRecordBatch<String, String> batch,
            IdempotentConsumer.Route<?>... routes) {
        List<Readable<?>> readable = new ArrayList<>();
        List<CompletionStage<Void>> settled = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                CloudEvent event = reader.read(record.getPayload());
                if (!EventSources.fromOwner(event)) {
                    Log.warnf("%s ignores %s %s: its source %s does not own that type (owner: %s)", consumer, event.type(),
                            event.id(), event.source(), EventSources.ownerOf(event.type()));
                    settled.add(record.ack());
                    continue;
                }
                IdempotentConsumer.Route<?> route = IdempotentConsumer.Route.firstFor(event.type(), routes);
                if (route == null) {
                    settled.add(record.ack());
                    continue;
                }
                readable.add(readable(consumer, record, event, route));
            } catch (PoisonMessageException e) {
                settled.add(record.nack(e));
            }
        }
        if (!readable.isEmpty()) {
            settled.addAll(applyTogether(consumer, readable));
        }
        return CompletableFuture.allOf(settled.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    private <T> Readable<T> readable(String consumer, KafkaRecord<String, String> record, CloudEvent event,
            IdempotentConsumer.Route<T> route) {
        T data = reader.data(event, route.dataType());
        if (!route.complete().test(data)) {
            throw new PoisonMessageException(event.type() + " " + event.id() + " lacks fields " + consumer + " needs");
        }
        return new Readable<>(record, event, data, route);
    }

    private List<CompletionStage<Void>> applyTogether(String consumer, List<Readable<?>> readable) {
        try {
            single.retrying(consumer, "a batch of " + readable.size() + " records", 1, () -> QuarkusTransaction.requiringNew()
                    .call(() -> {
                        Set<String> fresh = processed.firstDeliveries(consumer,
                                readable.stream().map(r -> r.event().id()).toList());
                        for (Readable<?> r : readable) {
                            // remove: a redelivery within the same poll is applied once
                            if (fresh.remove(r.event().id())) {
                                r.apply();
                            }
                        }
                        return null;
                    }));
            return readable.stream().map(r -> r.record().ack()).toList();
        } catch (RuntimeException e) {
            Log.warnf("%s could not apply a batch of %d records together (%s); applying each alone", consumer,
                    readable.size(), e.toString());
        }
        List<CompletionStage<Void>> settled = new ArrayList<>();
        for (Readable<?> r : readable) {
            try {
                single.apply(consumer, r.record().getPayload(), event -> r.apply());
                settled.add(r.record().ack());
            } catch (RuntimeException e) {
                settled.add(r.record().nack(e));
            }
        }
        return settled;
    }
}
