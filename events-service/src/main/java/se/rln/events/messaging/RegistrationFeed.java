package se.rln.events.messaging;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.cloudevents.CloudEventReader;
import se.rln.commons.messaging.IdempotentConsumer;
import se.rln.commons.messaging.PoisonMessageException;
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
    CloudEventReader reader;

    @Inject
    SeatStatisticsService statistics;

    @Incoming("registrations")
    @Blocking
    public void onRegistration(String record) {
        consumer.apply(CONSUMER, record, event -> {
            if (!event.type().startsWith("registration.")) {
                Log.debugf("ignoring %s on the registrations topic", event.type());
                return;
            }
            SeatReport report = reader.data(event, SeatReport.class);
            if (report.eventId() == null || report.seats() == null) {
                throw new PoisonMessageException(event.type() + " " + event.id() + " lacks eventId or seats");
            }
            statistics.record(report);
        });
    }
}
