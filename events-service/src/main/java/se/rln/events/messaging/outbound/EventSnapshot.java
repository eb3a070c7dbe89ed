package se.rln.events.messaging.outbound;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import se.rln.commons.rest.Times;
import se.rln.events.model.AgendaSession;
import se.rln.events.model.Event;
import se.rln.events.model.EventStatus;
import se.rln.events.model.OverbookingPolicy;
import se.rln.events.model.SessionKind;

/**
 * The data of every CloudEvent on {@code leadership.events.v1}: the whole event after the
 * change, with its new {@code version}. Its own records, not the REST views: a field renamed in
 * the API cannot change the topic. Times carry the Europe/Stockholm offset. The gateway's
 * AsyncAPI document describes exactly these components ({@code EventContractTest}).
 */
public record EventSnapshot(
        UUID id,
        long version,
        String title,
        String theme,
        String description,
        EventStatus status,
        String cancellationReason,
        UUID hostOrganisationId,
        List<UUID> coHostOrganisationIds,
        UUID programmeId,
        UUID cohortId,
        String regionCode,
        Venue venue,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        int capacity,
        List<Allotment> seatAllotments,
        OverbookingPolicy overbookingPolicy,
        String audience,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt,
        List<Link> resourceLinks,
        List<Session> sessions,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public record Venue(String name, String address, String city) {
    }

    public record Allotment(String municipalityCode, int seats) {
    }

    public record Link(String title, String url) {
    }

    public record Session(UUID id, SessionKind kind, String title, String description, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String room, String parallelGroup, List<Speaker> speakers,
            List<String> dialogueQuestions, long version) {
    }

    public record Speaker(String name, String title, String affiliation) {
    }

    public static EventSnapshot of(Event e) {
        Venue venue = e.venue == null || (e.venue.name == null && e.venue.address == null && e.venue.city == null) ? null
                : new Venue(e.venue.name, e.venue.address, e.venue.city);
        return new EventSnapshot(e.id, e.version, e.title, e.theme, e.description, e.status, e.cancellationReason,
                e.hostOrganisationId, List.copyOf(e.coHostOrganisationIds), e.programmeId, e.cohortId, e.regionCode, venue,
                Times.local(e.startsAt), Times.local(e.endsAt), e.capacity,
                e.seatAllotments.stream().map(a -> new Allotment(a.municipalityCode, a.seats)).toList(),
                e.overbookingPolicy, e.audience, Times.local(e.registrationOpensAt), Times.local(e.registrationClosesAt),
                e.resourceLinks.stream().map(l -> new Link(l.title(), l.url())).toList(),
                e.sessions.stream().map(EventSnapshot::session).toList(), Times.local(e.createdAt), Times.local(e.updatedAt));
    }

    private static Session session(AgendaSession s) {
        return new Session(s.id, s.kind, s.title, s.description, Times.local(s.startsAt), Times.local(s.endsAt), s.room,
                s.parallelGroup, s.speakers.stream().map(p -> new Speaker(p.name(), p.title(), p.affiliation())).toList(),
                List.copyOf(s.dialogueQuestions), s.version);
    }
}
