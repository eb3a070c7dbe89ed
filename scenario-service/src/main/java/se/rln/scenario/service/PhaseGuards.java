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
import se.rln.scenario.model.Scenario;
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

    public void check(Workshop w, Phase target) {
        List<WorkshopGroup> all = groups.ofWorkshop(w.id);
        List<String> unready = new ArrayList<>();
        if (target == Phase.FOCAL_QUESTION && all.isEmpty()) {
            unready.add("the workshop has no groups yet");
        }
        for (WorkshopGroup g : all) {
            String why = unready(w, g, target);
            if (why != null) {
                unready.add(g.name + " " + why);
            }
        }
        if (!unready.isEmpty()) {
            throw new ProblemException(409, "phase-guard", "Not ready for the next phase", "cannot move to " + target + ": "
                    + String.join("; ", unready), null);
        }
    }

    private String unready(Workshop w, WorkshopGroup g, Phase target) {
        switch (target) {
            case DRIVERS:
                return g.focalQuestion == null ? "has no focal question" : null;
            case RATING: {
                long live = liveDrivers(g).size();
                return live < 2 ? "has " + live + " driver(s); 2 are needed" : null;
            }
            case AXES: {
                int needed = Math.max(1, Math.min(w.minRatings, members.ofGroup(g.id).size()));
                List<Driver> live = liveDrivers(g);
                Map<UUID, List<DriverMaths.Rating>> ratings = ratingsOf.ofDrivers(live.stream().map(d -> d.id).toList());
                long rated = live.stream().filter(d -> ratings.getOrDefault(d.id, List.of()).size() >= needed).count();
                return rated < 2 ? "has " + rated + " driver(s) rated by " + needed + " or more; 2 are needed" : null;
            }
            case SCENARIOS:
                return g.hasAxes() ? null : "has not confirmed its axes";
            case STRATEGIES: {
                List<Scenario> four = scenarios.ofGroup(g.id);
                long told = four.stream().filter(s -> s.narrative != null && !s.narrative.isBlank()).count();
                return told < 4 ? "has " + told + " of 4 scenarios with a narrative" : null;
            }
            case COMPLETED: {
                boolean assessed = strategies.ofGroup(g.id).stream()
                        .anyMatch((Strategy s) -> s.assessments.keySet().containsAll(List.of(Quadrant.values())));
                return assessed ? null : "has no strategy assessed in all four scenarios";
            }
            default:
                return null;
        }
    }

    private List<Driver> liveDrivers(WorkshopGroup g) {
        return drivers.ofGroup(g.id).stream().filter(d -> d.mergedInto == null).toList();
    }
}
