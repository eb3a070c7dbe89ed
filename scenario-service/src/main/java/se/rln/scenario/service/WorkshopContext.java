package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.scenario.model.Member;
import se.rln.scenario.model.Phase;
import se.rln.scenario.model.Workshop;
import se.rln.scenario.model.WorkshopGroup;
import se.rln.scenario.repository.GroupRepository;
import se.rln.scenario.repository.WorkshopRepository;

/**
 * Loads a workshop (and one of its groups) for a request: visible to the caller, locked as the
 * step needs (shared for input, exclusive for changes), the caller's role in it checked, then its
 * phase.
 */
@ApplicationScoped
public class WorkshopContext {

    @Inject
    WorkshopRepository workshops;

    @Inject
    GroupRepository groups;

    @Inject
    WorkshopAccess access;

    /**
     * A workshop, one of its groups and the member acting there ({@code null} for readers and for
     * facilitators who are not members).
     */
    public record InGroup(Workshop workshop, WorkshopGroup group, Member member) {
    }

    /** The workshop for reading. */
    public Workshop read(UUID id) {
        return access.visible(workshops.findById(id), id);
    }

    /** The workshop share-locked for input: a phase change waits until the input is in. */
    public Workshop input(UUID id) {
        return access.visible(workshops.forInput(id).orElse(null), id);
    }

    /** The workshop locked for a change of phase, groups or settings. */
    public Workshop change(UUID id) {
        return access.visible(workshops.forChange(id).orElse(null), id);
    }

    public InGroup read(UUID id, UUID groupId) {
        return new InGroup(read(id), group(id, groupId), null);
    }

    /** The workshop locked for a change its facilitator makes in one of {@code phases}. */
    public Workshop facilitate(UUID id, String what, Phase... phases) {
        Workshop w = change(id);
        access.requireFacilitator(w);
        requirePhase(w, what, phases);
        return w;
    }

    /** The workshop's organiser changes it (in any phase). */
    public Workshop organise(UUID id) {
        Workshop w = change(id);
        access.requireOrganiser(w);
        return w;
    }

    /** A group's input only the facilitator gives, in any phase. */
    public InGroup facilitateIn(UUID id, UUID groupId) {
        InGroup at = input(id, groupId);
        access.requireFacilitator(at.workshop());
        return at;
    }

    /** A group's input only the facilitator gives, in one of {@code phases}. */
    public InGroup facilitateIn(UUID id, UUID groupId, String what, Phase... phases) {
        InGroup at = facilitateIn(id, groupId);
        requirePhase(at.workshop(), what, phases);
        return at;
    }

    /** Writing into a group: its facilitator anywhere, a participant into their own group. */
    public InGroup writeIn(UUID id, UUID groupId, String what, Phase... phases) {
        InGroup at = input(id, groupId);
        Member author = access.requireWriter(at.workshop(), at.group()).orElse(null);
        requirePhase(at.workshop(), what, phases);
        return new InGroup(at.workshop(), at.group(), author);
    }

    /** A participant's own input in their group (ratings and votes). */
    public InGroup participateIn(UUID id, UUID groupId, String what, Phase... phases) {
        InGroup at = input(id, groupId);
        Member participant = access.requireParticipant(at.workshop(), at.group());
        requirePhase(at.workshop(), what, phases);
        return new InGroup(at.workshop(), at.group(), participant);
    }

    private InGroup input(UUID id, UUID groupId) {
        return new InGroup(input(id), group(id, groupId), null);
    }

    /** Refuses input outside its phases, naming the current phase, and any input once cancelled. */
    public static void requirePhase(Workshop w, String what, Phase... phases) {
        if (w.cancelledAt != null) {
            throw ProblemException.conflict("workshop-cancelled", "the workshop was cancelled with its event");
        }
        if (Arrays.asList(phases).contains(w.phase)) {
            return;
        }
        throw new ProblemException(409, "wrong-phase", "Not in this phase", "the workshop is in phase " + w.phase
                + "; " + what + " belongs to phase " + String.join(" or ", Arrays.stream(phases).map(Enum::name).toList()),
                null);
    }

    private WorkshopGroup group(UUID workshopId, UUID groupId) {
        WorkshopGroup g = groups.findById(groupId);
        if (g == null || !g.workshopId.equals(workshopId)) {
            throw ProblemException.notFound("group", groupId);
        }
        return g;
    }
}
