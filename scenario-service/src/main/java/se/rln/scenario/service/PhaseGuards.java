package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.scenario.model.Driver;
import se.rln.scenario.model.DriverMaths;
import se.rln.scenario.model.Phase;
import se.rln.scenario.model.Quadrant;
import se.rln.scenario.model.Strategy;
import se.rln.scenario.model.Workshop;
import se.rln.scenario.model.WorkshopGroup;
import se.rln.scenario.repository.DriverRepository;
import se.rln.scenario.repository.GroupRepository;
import se.rln.scenario.repository.MemberRepository;
import se.rln.scenario.repository.RatingRepository;
import se.rln.scenario.repository.ScenarioRepository;
import se.rln.scenario.repository.StrategyRepository;

/**
 * What must be true before the workshop may enter a phase; a refusal names every group that
 * is not ready and why.
 *
 * <ul>
 * <li>FOCAL_QUESTION: at least one group;</li>
 * <li>DRIVERS: every group has its focal question;</li>
 * <li>RATING: every group has at least two drivers (merged duplicates do not count);</li>
 * <li>AXES: every group has at least two drivers rated by min(minRatings, the group's members)
 * people;</li>
 * <li>SCENARIOS: every group has confirmed its axes;</li>
 * <li>STRATEGIES: every scenario has a narrative;</li>
 * <li>COMPLETED: every group has a strategy assessed in all four scenarios.</li>
 * </ul>
 */
@ApplicationScoped
public class PhaseGuards {

    @Inject
    GroupRepository groups;

    @Inject
    DriverRepository drivers;

    @Inject
    MemberRepository members;

    @Inject
    ScenarioRepository scenarios;

    @Inject
    StrategyRepository strategies;

    @Inject
    RatingRepository ratingsOf;

    /**
     * What one group has done so far, as far as the guard into a phase asks: the number of
     * people who rated each of its live drivers, its members, and whether it has its focal
     * question, its axes, how many narratives and a strategy assessed in all four scenarios.
     */
    record GroupProgress(String name, boolean focalQuestion, List<Integer> ratersPerDriver, int members, boolean axes,
            int narratives, boolean strategyAssessedEverywhere) {
    }

    public void check(Workshop w, Phase target) {
        List<WorkshopGroup> all = groups.ofWorkshop(w.id);
        List<GroupProgress> progress = all.stream().map(g -> progress(g, target)).toList();
        String refusal = refusal(target, w.minRatings, progress);
        if (refusal != null) {
            throw new ProblemException(409, "phase-guard", "Not ready for the next phase", refusal, null);
        }
    }

    /** Why the workshop may not enter {@code target}, naming every group that is not ready; null when it may. */
    static String refusal(Phase target, int minRatings, List<GroupProgress> groups) {
        List<String> unready = new ArrayList<>();
        if (target == Phase.FOCAL_QUESTION && groups.isEmpty()) {
            unready.add("the workshop has no groups yet");
        }
        for (GroupProgress g : groups) {
            String why = unready(target, minRatings, g);
            if (why != null) {
                unready.add(g.name() + " " + why);
            }
        }
        return unready.isEmpty() ? null : "cannot move to " + target + ": " + String.join("; ", unready);
    }

    private static String unready(Phase target, int minRatings, GroupProgress g) {
        switch (target) {
            case DRIVERS:
                return g.focalQuestion() ? null : "has no focal question";
            case RATING: {
                int live = g.ratersPerDriver().size();
                return live < 2 ? "has " + live + " driver(s); 2 are needed" : null;
            }
            case AXES: {
                int needed = Math.max(1, Math.min(minRatings, g.members()));
                long rated = g.ratersPerDriver().stream().filter(n -> n >= needed).count();
                return rated < 2 ? "has " + rated + " driver(s) rated by " + needed + " or more; 2 are needed" : null;
            }
            case SCENARIOS:
                return g.axes() ? null : "has not confirmed its axes";
            case STRATEGIES:
                return g.narratives() < 4 ? "has " + g.narratives() + " of 4 scenarios with a narrative" : null;
            case COMPLETED:
                return g.strategyAssessedEverywhere() ? null : "has no strategy assessed in all four scenarios";
            default:
                return null;
        }
    }

    /** The group's progress, read only as far as the guard into {@code target} needs. */
    private GroupProgress progress(WorkshopGroup g, Phase target) {
        List<Integer> raters = List.of();
        int memberCount = 0;
        if (target == Phase.RATING || target == Phase.AXES) {
            List<Driver> live = drivers.ofGroup(g.id).stream().filter(d -> d.mergedInto == null).toList();
            Map<UUID, List<DriverMaths.Rating>> ratings = target == Phase.AXES
                    ? ratingsOf.ofDrivers(live.stream().map(d -> d.id).toList()) : Map.of();
            raters = live.stream().map(d -> ratings.getOrDefault(d.id, List.of()).size()).toList();
            memberCount = target == Phase.AXES ? members.ofGroup(g.id).size() : 0;
        }
        int narratives = target != Phase.STRATEGIES ? 0 : (int) scenarios.ofGroup(g.id).stream()
                .filter(s -> s.narrative != null && !s.narrative.isBlank()).count();
        boolean assessed = target == Phase.COMPLETED && strategies.ofGroup(g.id).stream()
                .anyMatch((Strategy s) -> s.assessments.keySet().containsAll(List.of(Quadrant.values())));
        return new GroupProgress(g.name, g.focalQuestion != null, raters, memberCount, g.hasAxes(), narratives, assessed);
    }
}
