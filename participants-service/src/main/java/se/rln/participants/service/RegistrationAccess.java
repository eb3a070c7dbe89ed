package se.rln.participants.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.model.EventSeats;
import se.rln.participants.model.Registration;

/**
 * Who may see and change registrations. A municipality (its HR system) only ever sees and
 * touches its own people; a coordinator those of events their organisation (co-)hosts; a
 * participant their own; admins all. What a caller may not see does not exist for them (404).
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

    /** May the caller register someone of {@code municipality} on {@code event}? */
    public void mayRegister(EventSeats event, String municipality) {
        if (organises(event)) {
            return;
        }
        if (caller.is(Roles.MUNICIPALITY) && caller.municipality().map(municipality::equals).orElse(false)) {
            return;
        }
        throw ProblemException.forbidden("a municipality registers only its own people; coordinators only on events "
                + "their organisation hosts");
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

    /** Drafts exist only for their organisers. */
    public EventSeats visibleEvent(EventSeats event) {
        if ("DRAFT".equals(event.status) && !organises(event)) {
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
