package se.rln.participants.service;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.rln.commons.rest.Times;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.model.Participant;
import se.rln.participants.model.Registration;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.mapping.ParticipantView;
import se.rln.participants.mapping.RegistrationView;
import se.rln.participants.repository.RegistrationRepository;

/**
 * The registration and participant records clients see (times with the Europe/Stockholm
 * offset), with a waitlisted registration's place looked up and the HR id shown only to those it
 * belongs to.
 */
@ApplicationScoped
public class RegistrationViews {

    @Inject
    Caller caller;

    @Inject
    RegistrationRepository registrations;

    public RegistrationView view(Registration r, Participant p) {
        return view(r, p, r.status == RegistrationStatus.WAITLISTED ? registrations.waitlistRank(r) : null);
    }

    /** With the waitlist place already known (lists compute all places at once). */
    public RegistrationView view(Registration r, Participant p, Long place) {
        return new RegistrationView(r.id, r.eventId, view(p), r.municipalityCode, r.status, r.source, place,
                r.enrolmentId, Times.local(r.registeredAt), Times.local(r.statusChangedAt), r.version);
    }

    /**
     * The person; their HR id (the municipality's own key) only for the municipality, the person
     * and admins, never for an event's organisers.
     */
    public ParticipantView view(Participant p) {
        return new ParticipantView(p.id, showsHrId(p) ? p.externalId : null, p.givenName, p.familyName, p.email, p.title,
                p.managerLevel, p.municipalityCode);
    }

    private boolean showsHrId(Participant p) {
        if (!Arc.container().requestContext().isActive()) {
            return true; // not answering a caller: Kafka records, scheduled work
        }
        return caller.admin() || caller.participant().map(p.id::equals).orElse(false)
                || (caller.is(Roles.MUNICIPALITY) && caller.municipality().map(p.municipalityCode::equals).orElse(false));
    }
}
