package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.scenario.model.Phase;
import se.rln.scenario.model.Workshop;
import se.rln.scenario.model.WorkshopGroup;
import se.rln.scenario.repository.GroupRepository;
import se.rln.scenario.repository.WorkshopRepository;

/** Loads a workshop (and one of its groups) for a request, checking visibility and phase. */
@ApplicationScoped
public class WorkshopContext {

    @Inject
    WorkshopRepository workshops;

    @Inject
    GroupRepository groups;

    @Inject
    WorkshopAccess access;

    /** A workshop and one of its groups. */
    public record InGroup(Workshop workshop, WorkshopGroup group) {
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
        return new InGroup(read(id), group(id, groupId));
    }

    public InGroup input(UUID id, UUID groupId) {
        return new InGroup(input(id), group(id, groupId));
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
