package se.rln.events.mapping;

import se.rln.commons.rest.Times;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import se.rln.commons.reference.County;
import se.rln.commons.reference.Municipalities;
import se.rln.commons.reference.Municipality;
import se.rln.events.model.AgendaSession;
import se.rln.events.model.Event;
import se.rln.events.model.Organisation;
import se.rln.events.model.Programme;

/** Entities to the records clients (and Kafka consumers) see. */
@ApplicationScoped
public class EventMapper {

    @Inject
    Municipalities municipalities;

    public EventView view(Event e) {
        return new EventView(e.id, e.title, e.theme, e.description, e.hostOrganisationId,
                List.copyOf(e.coHostOrganisationIds), e.programmeId, e.cohortId, e.regionCode,
                municipalities.county(e.regionCode).map(County::name).orElse(null),
                venue(e),
                Times.local(e.startsAt), Times.local(e.endsAt), e.capacity,
                e.seatAllotments.stream().map(a -> new SeatAllotmentDto(a.municipalityCode,
                        municipalities.municipality(a.municipalityCode).map(Municipality::name).orElse(null), a.seats))
                        .toList(),
                e.overbookingPolicy, e.audience, Times.local(e.registrationOpensAt), Times.local(e.registrationClosesAt),
                List.copyOf(e.resourceLinks), e.status, e.cancellationReason,
                e.sessions.stream().map(this::view).toList(), e.version, Times.local(e.createdAt),
                Times.local(e.updatedAt));
    }

    /** No venue (yet) is absent, however Hibernate loaded the empty embeddable. */
    private static VenueDto venue(Event e) {
        if (e.venue == null || (e.venue.name == null && e.venue.address == null && e.venue.city == null)) {
            return null;
        }
        return new VenueDto(e.venue.name, e.venue.address, e.venue.city);
    }

    public SessionView view(AgendaSession s) {
        return new SessionView(s.id, s.event.id, s.kind, s.title, s.description, Times.local(s.startsAt),
                Times.local(s.endsAt), s.room, s.parallelGroup, List.copyOf(s.speakers),
                List.copyOf(s.dialogueQuestions), s.version);
    }

    public OrganisationView view(Organisation o) {
        return new OrganisationView(o.id, o.name, o.kind, o.municipalityCode,
                municipalities.municipality(o.municipalityCode).map(Municipality::name).orElse(null), o.countyCode,
                o.website, o.version);
    }

    public ProgrammeView view(Programme p) {
        return new ProgrammeView(p.id, p.title, p.description, p.audience, p.ownerOrganisationId, p.completionMinimumDays, p.version);
    }
}
