package se.rln.participants.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.EventStatus;
import se.rln.participants.model.MunicipalitySeats;
import se.rln.participants.model.Registration;

/**
 * Who may see and change registrations. A municipality (its HR system) owns its people: only
 * it (or an admin) creates and changes them, syncs its roster, and it only ever sees and
 * touches its own. A coordinator registers people on events their organisation (co-)hosts,
 * only of municipalities the event is open to, and never changes an existing person's details;
 * they see people only through their own events' registrations. A participant sees their own;
 * admins all. What a caller may not see does not exist for them (404).
 */
@RequestScoped
public class RegistrationAccess {

    @Inject
    Caller caller;

    public boolean organises(EventSeats event) {
        return caller.admin() || (caller.is(Roles.COORDINATOR)
                && caller.organisation().map(org -> event.organisers.contains(org)).orElse(false));
    }

    /** The municipality a caller is limited to, or null for organisers and admins. */
    public String municipalityScope(EventSeats event) {
        if (organises(event)) {
            return null;
        }
        if (caller.is(Roles.MUNICIPALITY)) {
            return caller.municipality().orElseThrow(() -> ProblemException.forbidden("the token carries no municipality"));
        }
        throw ProblemException.forbidden("only the event's organisers and municipalities see its registrations");
    }

    /** The caller owns the people of {@code municipality}: it is that municipality, or an admin. */
    public boolean ownsPeopleOf(String municipality) {
        return caller.admin() || (caller.is(Roles.MUNICIPALITY) && caller.municipality().map(municipality::equals).orElse(false));
    }

    /**
     * May the caller register someone of {@code municipality} on the locked event? Their own
     * municipality, or an organiser when the event is open to that municipality.
     */
    public void mayRegister(SeatLedger.Locked locked, String municipality) {
        if (ownsPeopleOf(municipality)) {
            return;
        }
        EventSeats event = locked.event();
        if (organises(event)) {
            MunicipalitySeats allotment = locked.rows().get(municipality);
            if (!openTo(event, municipality, allotment != null && allotment.allotted > 0)) {
                throw ProblemException.forbidden("event " + event.eventId + " is not open to municipality " + municipality
                        + ": it is for region " + event.regionCode + " and allots that municipality no seats");
            }
            return;
        }
        throw ProblemException.forbidden("a municipality registers only its own people; coordinators only on events "
                + "their organisation hosts");
    }

    /** A municipality's roster (the whole list) is synced by that municipality alone (or an admin). */
    public void maySyncRoster(EventSeats event, String municipality) {
        if (!ownsPeopleOf(municipality)) {
            throw ProblemException.forbidden("only municipality " + municipality + " itself syncs its roster; organisers "
                    + "register people one by one");
        }
    }

    /** The event's organisers, and the municipality itself, read its roster. */
    public void mayReadRoster(EventSeats event, String municipality) {
        if (!organises(event) && !ownsPeopleOf(municipality)) {
            throw ProblemException.forbidden("a municipality sees only its own roster; coordinators those of events their "
                    + "organisation hosts");
        }
    }

    /**
     * Events are open to every municipality of their region (the county; SCB municipality codes
     * begin with it), to municipalities with allotted seats, and to all when they name no region.
     */
    static boolean openTo(EventSeats event, String municipality, boolean allotted) {
        return allotted || event.regionCode == null || municipality.startsWith(event.regionCode);
    }

    public boolean maySee(EventSeats event, Registration r) {
        if (organises(event)) {
            return true;
        }
        if (caller.is(Roles.MUNICIPALITY)) {
            return caller.municipality().map(r.municipalityCode::equals).orElse(false);
        }
        return caller.is(Roles.PARTICIPANT) && caller.participant().map(r.participantId::equals).orElse(false);
    }

    /** Who the caller is to a registration they cancel. */
    public Cancellation cancellationBy(EventSeats event) {
        if (organises(event)) {
            return Cancellation.ORGANISER;
        }
        return caller.is(Roles.MUNICIPALITY) ? Cancellation.MUNICIPALITY : Cancellation.PARTICIPANT;
    }

    /** Drafts exist only for their organisers. */
    public EventSeats visibleEvent(EventSeats event) {
        if (event.status == EventStatus.DRAFT && !organises(event)) {
            throw ProblemException.notFound("event", event.eventId);
        }
        return event;
    }

    public Registration visible(EventSeats event, Registration r, UUID id) {
        if (r == null || event == null || !maySee(event, r)) {
            throw ProblemException.notFound("registration", id);
        }
        return r;
    }
}
