package se.rln.participants.mapping;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import se.rln.commons.rest.Times;
import se.rln.participants.model.Participant;
import se.rln.participants.model.Registration;
import se.rln.participants.model.RegistrationStatus;
import se.rln.participants.repository.RegistrationRepository;

/** Entities to the records clients see; times with the Europe/Stockholm offset. */
@ApplicationScoped
public class RegistrationMapper {

    @Inject
    RegistrationRepository registrations;

    public RegistrationView view(Registration r, Participant p) {
        return view(r, p, r.status == RegistrationStatus.WAITLISTED ? registrations.waitlistRank(r) : null);
    }

    /** With the waitlist place already known (lists compute all places at once). */
    public RegistrationView view(Registration r, Participant p, Long place) {
        return new RegistrationView(r.id, r.eventId, view(p), r.municipalityCode, r.status, r.source, place,
                Times.local(r.registeredAt), Times.local(r.statusChangedAt), r.version);
    }

    public ParticipantView view(Participant p) {
        return new ParticipantView(p.id, p.externalId, p.givenName, p.familyName, p.email, p.title, p.managerLevel,
                p.municipalityCode);
    }
}
