package se.rln.events.messaging.inbound;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.messaging.IdempotentBatches;
import se.rln.commons.messaging.IdempotentConsumer;
import se.rln.events.mapping.CohortSeatsReport;
import se.rln.events.mapping.SeatReport;
import se.rln.events.service.SeatStatisticsService;

/**
 * Consumes {@code leadership.registrations.v1} into seat statistics of events and cohorts, each CloudEvent once.
 * Unreadable records go to {@code leadership.registrations.v1.dlq} (see application.properties).
 */
@ApplicationScoped
public class RegistrationFeed {

    static final String CONSUMER = "events-service.seat-statistics";

    @Inject
    IdempotentBatches consumer;

    @Inject
    SeatStatisticsService statistics;

    /** A poll's registration changes, applied in one transaction (a rush on an event is hundreds a second). */
    @Incoming("registrations")
    @Blocking
    public CompletionStage<Void> onRegistrations(KafkaRecordBatch<String, String> records) {
        return consumer.apply(CONSUMER, records,
                new IdempotentConsumer.Route<>("registration.", SeatReport.class, r -> r.eventId() != null && r.seats() != null,
                        (event, report) -> statistics.record(report)),
                new IdempotentConsumer.Route<>("enrolment.", CohortSeatsReport.class,
                        r -> r.cohortId() != null && r.seats() != null, (event, report) -> statistics.record(report)));
    }
}
