package se.rln.events.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.events.model.Event;
import se.rln.events.model.EventStatus;

/**
 * Who may see and change an event. Everyone sees events past DRAFT; a draft is visible only
 * to coordinators of its hosting or co-hosting organisations (and admins), and to anyone else
 * it does not exist (404). Those coordinators change the event's content, agenda and lifecycle
 * (403 for the rest); who organises it (host and co-hosts) and cancelling it belong to the
 * host's coordinators alone, so a co-host can never take an event from its host.
 */
@RequestScoped
public class EventAccess {

    @Inject
    Caller caller;

    public boolean canSee(Event event) {
        return event.status != EventStatus.DRAFT || canChange(event);
    }

    public boolean canChange(Event event) {
        return caller.admin() || (caller.is(Roles.COORDINATOR) && caller.organisation().map(event::organisedBy).orElse(false));
    }

    /** An admin, or a coordinator of the hosting organisation. */
    public boolean hosts(Event event) {
        return caller.admin() || (caller.is(Roles.COORDINATOR)
                && caller.organisation().map(org -> org.equals(event.hostOrganisationId)).orElse(false));
    }

    /** The event, when the caller is its host's coordinator (or admin); 404 or 403 otherwise. */
    public Event hosted(Event event, UUID id, String what) {
        changeable(event, id);
        if (!hosts(event)) {
            throw ProblemException.forbidden("only coordinators of the hosting organisation may " + what + " event " + id);
        }
        return event;
    }

    public Event visible(Event event, UUID id) {
        if (event == null || !canSee(event)) {
            throw ProblemException.notFound("event", id);
        }
        return event;
    }

    public Event changeable(Event event, UUID id) {
        visible(event, id);
        if (!canChange(event)) {
            throw ProblemException.forbidden("only coordinators of the hosting or co-hosting organisations may change event " + id);
        }
        return event;
    }

    /** Creating: an admin, or a coordinator whose organisation is the host. */
    public void mayHost(UUID host) {
        if (caller.admin()) {
            return;
        }
        UUID own = caller.requireCoordinatorOrganisation();
        if (!own.equals(host)) {
            throw ProblemException.forbidden("a coordinator may only create events hosted by their own organisation");
        }
    }

    /** Organisations whose drafts the caller sees in lists; null = all (admin). */
    public List<UUID> draftsVisibleOf() {
        if (caller.admin()) {
            return null;
        }
        return caller.is(Roles.COORDINATOR) ? caller.organisation().map(List::of).orElse(List.of()) : List.of();
    }
}
