package se.rln.scenario.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.security.Caller;
import se.rln.commons.security.Roles;
import se.rln.scenario.model.Member;
import se.rln.scenario.model.Phase;
import se.rln.scenario.model.Workshop;
import se.rln.scenario.model.WorkshopGroup;
import se.rln.scenario.repository.MemberRepository;
import se.rln.scenario.repository.PassRepository;

/**
 * Who may see and do what in a workshop. Facilitators are its named facilitators, coordinators
 * of its organisers and admins; participants are its active members (their {@code pid}).
 * A workshop the caller has nothing to do with does not exist for them (404).
 */
@RequestScoped
public class WorkshopAccess {

    @Inject
    Caller caller;

    @Inject
    MemberRepository members;

    @Inject
    PassRepository passes;

    public boolean facilitates(Workshop w) {
        if (caller.admin()) {
            return true;
        }
        if (caller.is(Roles.FACILITATOR) && w.facilitators.contains(caller.subject())) {
            return true;
        }
        return caller.is(Roles.COORDINATOR) && caller.organisation().map(w.organisers::contains).orElse(false);
    }

    /** The caller as an active member of the workshop, if they are one. */
    public Optional<Member> member(Workshop w) {
        if (!caller.is(Roles.PARTICIPANT) || !passAdmits(w)) {
            return Optional.empty();
        }
        return caller.participant().flatMap(pid -> members.of(w.id, pid)).filter(m -> m.active);
    }

    /** A read-only screen of this workshop (the projector), by a pass of its facilitator. */
    public boolean views(Workshop w) {
        return caller.is(Roles.VIEWER) && caller.uuidClaim(PassTokens.WORKSHOP_CLAIM).isPresent() && passAdmits(w);
    }

    /**
     * Whether the caller's token counts here: the suite's tokens do; a pass token only in its own
     * workshop, and only while its pass is neither expired nor revoked.
     */
    boolean passAdmits(Workshop w) {
        Optional<UUID> scope = caller.uuidClaim(PassTokens.WORKSHOP_CLAIM);
        if (scope.isEmpty()) {
            return !caller.is(Roles.VIEWER);
        }
        if (!scope.get().equals(w.id)) {
            return false;
        }
        if (validPass == null) {
            // once per request: a request asks this of its workshop several times (visible, writer, …)
            OffsetDateTime now = OffsetDateTime.now();
            validPass = caller.tokenId().flatMap(WorkshopPasses::passId).flatMap(passes::findByIdOptional)
                    .filter(p -> p.valid(now)).map(p -> p.workshopId);
        }
        return validPass.filter(w.id::equals).isPresent();
    }

    /** The workshop of the caller's pass while it is valid, once looked up; {@code null} before. */
    private Optional<UUID> validPass;

    public Workshop visible(Workshop w, Object id) {
        if (w == null || (!facilitates(w) && member(w).isEmpty() && !views(w))) {
            throw ProblemException.notFound("workshop", id);
        }
        return w;
    }

    /**
     * Organises the workshop: an admin, a coordinator of the event's organisers, or, for a
     * standalone workshop (no event, no organisers), one of its facilitators.
     */
    public boolean organises(Workshop w) {
        if (caller.admin()) {
            return true;
        }
        if (caller.is(Roles.COORDINATOR) && caller.organisation().map(w.organisers::contains).orElse(false)) {
            return true;
        }
        return w.eventId == null && w.organisers.isEmpty() && caller.is(Roles.FACILITATOR)
                && w.facilitators.contains(caller.subject());
    }

    public void requireOrganiser(Workshop w) {
        if (!organises(w)) {
            throw ProblemException.forbidden("only the organisers of the workshop's event name its facilitators");
        }
    }

    public void requireFacilitator(Workshop w) {
        if (!facilitates(w)) {
            throw ProblemException.forbidden("only the workshop's facilitator may do this");
        }
    }

    /**
     * Whether the caller sees the group's rating aggregates: its facilitators always; the room
     * (participants, the projector) once the facilitator revealed them, or after the RATING phase,
     * so that nobody anchors on the room's answers while rating.
     */
    public boolean seesRatings(Workshop w, WorkshopGroup g) {
        return g.votesRevealed || w.phase.ordinal() > Phase.RATING.ordinal() || facilitates(w);
    }

    /** Facilitators write anywhere; a participant only into their own group. Answers the member, if one. */
    public Optional<Member> requireWriter(Workshop w, WorkshopGroup g) {
        if (facilitates(w)) {
            return member(w);
        }
        Member m = member(w).orElseThrow(() -> ProblemException.forbidden("only the workshop's members take part"));
        if (!g.id.equals(m.groupId)) {
            throw ProblemException.forbidden("a participant writes only into their own group");
        }
        return Optional.of(m);
    }

    /** The participant acting (ratings and votes are a person's own). */
    public Member requireParticipant(Workshop w, WorkshopGroup g) {
        Member m = member(w).orElseThrow(() -> ProblemException.forbidden(
                "ratings and votes are given by the workshop's participants with their own token"));
        if (!g.id.equals(m.groupId)) {
            throw ProblemException.forbidden("a participant rates and votes only in their own group");
        }
        return m;
    }
}
