package se.rln.participants.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.participants.model.Cancellation;
import se.rln.participants.model.CohortSeats;
import se.rln.participants.model.Enrolment;

/**
 * Who may see and change enrolments. A cohort is organised by the coordinators of its
 * programme's owner; they enrol anyone and see everyone. A municipality enrols, sees and
 * cancels only its own people; a participant sees and cancels their own. What a caller may not
 * see does not exist for them (404).
 */
@RequestScoped
public class EnrolmentAccess {

    @Inject
    Caller caller;

    @Inject
    RegistrationAccess registrations;

    public boolean organises(CohortSeats cohort) {
        return caller.admin() || (caller.is(Roles.COORDINATOR)
                && caller.organisation().map(cohort.ownerOrganisationId::equals).orElse(false));
    }

    public void mayEnrol(CohortSeats cohort, String municipality) {
        if (!organises(cohort) && !registrations.ownsPeopleOf(municipality)) {
            throw ProblemException.forbidden("a municipality enrols only its own people; coordinators only in cohorts of "
                    + "their organisation's programmes");
        }
    }

    /** The municipality a caller is limited to in a cohort's lists, or null for organisers. */
    public String municipalityScope(CohortSeats cohort) {
        if (organises(cohort)) {
            return null;
        }
        if (caller.is(Roles.MUNICIPALITY)) {
            return caller.municipality().orElseThrow(() -> ProblemException.forbidden("the token carries no municipality"));
        }
        throw ProblemException.forbidden("only the programme's organisers and municipalities see a cohort's enrolments");
    }

    public Enrolment visible(CohortSeats cohort, Enrolment e, UUID id) {
        if (e == null || cohort == null || !maySee(cohort, e)) {
            throw ProblemException.notFound("enrolment", id);
        }
        return e;
    }

    /** Moving a person between cohorts is the programme's organisers' or the person's municipality's. */
    public void mayMove(CohortSeats cohort, Enrolment e) {
        if (!organises(cohort) && !registrations.ownsPeopleOf(e.municipalityCode)) {
            throw ProblemException.forbidden("only the programme's organisers or the person's municipality move an enrolment");
        }
    }

    public Cancellation cancellationBy(CohortSeats cohort) {
        if (organises(cohort)) {
            return Cancellation.ORGANISER;
        }
        return caller.is(Roles.MUNICIPALITY) ? Cancellation.MUNICIPALITY : Cancellation.PARTICIPANT;
    }

    private boolean maySee(CohortSeats cohort, Enrolment e) {
        if (organises(cohort)) {
            return true;
        }
        if (caller.is(Roles.MUNICIPALITY)) {
            return caller.municipality().map(e.municipalityCode::equals).orElse(false);
        }
        return caller.is(Roles.PARTICIPANT) && caller.participant().map(e.participantId::equals).orElse(false);
    }
}
