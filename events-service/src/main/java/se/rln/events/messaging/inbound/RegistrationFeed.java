package se.rln.events.messaging.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.messaging.IdempotentConsumer;
import se.rln.events.mapping.SeatReport;
import se.rln.events.service.SeatStatisticsService;

/**
 * Consumes {@code leadership.registrations.v1} into seat statistics, each CloudEvent once.
 * Unreadable records go to {@code leadership.registrations.v1.dlq} (see application.properties).
 */
@ApplicationScoped
public class RegistrationFeed {

    static final String CONSUMER = "events-service.seat-statistics";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    SeatStatisticsService statistics;

    @Incoming("registrations")
    @Blocking
    public void onRegistration(String record) {
        consumer.apply(CONSUMER, record, "registration.", SeatReport.class, r -> r.eventId() != null && r.seats() != null,
                (event, report) -> statistics.record(report));
    }
}
