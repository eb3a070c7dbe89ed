package se.rln.events.messaging.inbound;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.rln.commons.messaging.IdempotentConsumer;
import se.rln.events.mapping.WorkshopReport;
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
    WorkshopOutcomeService outcomes;

    @Incoming("workshops")
    @Blocking
    public void onWorkshop(String record) {
        consumer.apply(CONSUMER, record, COMPLETED, WorkshopReport.class,
                r -> r.workshopId() != null && r.groups() != null && r.title() != null, (event, report) -> {
                    if (report.eventId() != null) {
                        outcomes.record(report, event.time());
                    }
                });
    }
}
