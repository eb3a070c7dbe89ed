package se.rln.events.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.cloudevents.CloudEventReader;
import se.rln.commons.messaging.IdempotentConsumer;
import se.rln.commons.messaging.PoisonMessageException;
import se.rln.events.service.WorkshopOutcomeService;

/**
 * Consumes {@code workshop.completed} from {@code leadership.workshops.v1} into the outcomes of
 * the event, each CloudEvent once; other workshop changes are not this service's business.
 */
@ApplicationScoped
public class WorkshopFeed {

    static final String CONSUMER = "events-service.workshop-outcomes";
    static final String COMPLETED = "workshop.completed";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    CloudEventReader reader;

    @Inject
    WorkshopOutcomeService outcomes;

    @Incoming("workshops")
    @Blocking
    public void onWorkshop(String record) {
        consumer.apply(CONSUMER, record, event -> {
            if (!COMPLETED.equals(event.type())) {
                return;
            }
            WorkshopReport report = reader.data(event, WorkshopReport.class);
            if (report.workshopId() == null || report.groups() == null || report.title() == null) {
                throw new PoisonMessageException(event.type() + " " + event.id() + " lacks workshopId, title or groups");
            }
            if (report.eventId() != null) {
                outcomes.record(report, event.time());
            }
        });
    }
}
