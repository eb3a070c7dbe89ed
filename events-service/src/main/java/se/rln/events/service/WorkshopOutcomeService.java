package se.rln.events.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import se.rln.commons.rest.Times;
import se.rln.events.mapping.WorkshopOutcomeView;
import se.rln.events.mapping.WorkshopReport;
import se.rln.events.model.WorkshopOutcome;
import se.rln.events.repository.EventRepository;
import se.rln.events.repository.WorkshopOutcomeRepository;

/** The outcomes of an event's workshops, from scenario-service's announcements. */
@ApplicationScoped
public class WorkshopOutcomeService {

    @Inject
    WorkshopOutcomeRepository outcomes;

    @Inject
    EventRepository events;

    @Inject
    EventAccess access;

    @Inject
    ObjectMapper json;

    /** Keeps the newest version of each workshop's outcome. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(WorkshopReport report, OffsetDateTime at) {
        WorkshopOutcome o = outcomes.findById(report.workshopId());
        if (o != null && o.version >= report.version()) {
            return;
        }
        boolean first = o == null;
        if (first) {
            o = new WorkshopOutcome();
            o.workshopId = report.workshopId();
        }
        o.eventId = report.eventId();
        o.version = report.version();
        o.title = report.title();
        o.groups = report.groups().toString();
        o.completedAt = at == null ? OffsetDateTime.now(ZoneOffset.UTC) : at;
        if (first) {
            outcomes.persist(o);
        }
    }

    /** The outcomes of an event visible to the caller, in the order the workshops completed. */
    @Transactional
    public List<WorkshopOutcomeView> of(UUID eventId) {
        access.visible(events.findById(eventId), eventId);
        return outcomes.ofEvent(eventId).stream().map(this::view).toList();
    }

    private WorkshopOutcomeView view(WorkshopOutcome o) {
        try {
            return new WorkshopOutcomeView(o.workshopId, o.eventId, o.title, o.version, Times.local(o.completedAt),
                    json.readTree(o.groups));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored outcome of workshop " + o.workshopId + " is not JSON", e);
        }
    }
}
