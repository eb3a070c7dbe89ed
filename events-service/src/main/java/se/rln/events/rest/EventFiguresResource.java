package se.rln.events.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.rln.events.mapping.SeatStatisticsView;
import se.rln.events.mapping.WorkshopOutcomeView;
import se.rln.events.service.SeatStatisticsService;
import se.rln.events.service.WorkshopOutcomeService;

@Path("/api/v1/events/{id}")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
/** What an event's day adds up to: seat statistics and workshop outcomes, both kept from Kafka. */
public class EventFiguresResource {

    @Inject
    SeatStatisticsService statistics;

    @Inject
    WorkshopOutcomeService outcomes;

    @GET
    @Path("stats")
    @PermitAll
    @Operation(operationId = "getEventStatistics", summary = "Seat statistics of an event, built from registration events",
            description = "Totals for everyone who may see the event; per municipality for its organisers, "
                    + "and a municipality's own row for that municipality")
    @APIResponse(responseCode = "404", description = "No such event, or a draft the caller does not organise")
    @APIResponse(responseCode = "200", description = "Seat counts of the event, in total and per municipality")
    public SeatStatisticsView get(@PathParam("id") UUID id) {
        return statistics.get(id);
    }

    @GET
    @Path("outcomes")
    @PermitAll
    @Operation(operationId = "listEventOutcomes", summary = "Outcomes of the event's scenario-cross workshops: focal questions, axes, the four scenarios, "
            + "strategies", description = "Attached when scenario-service announces a completed workshop.")
    @APIResponse(responseCode = "404", description = "No such event, or a draft the caller does not organise")
    @APIResponse(responseCode = "200", description = "The outcomes of the event's completed workshops, newest version each")
    public List<WorkshopOutcomeView> outcomes(@PathParam("id") UUID id) {
        return outcomes.of(id);
    }
}
