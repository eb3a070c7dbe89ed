package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.commons.rest.Times;
import se.rln.scenario.mapping.AxesView;
import se.rln.scenario.mapping.DriverView;
import se.rln.scenario.mapping.GroupView;
import se.rln.scenario.mapping.MemberView;
import se.rln.scenario.mapping.ScenarioView;
import se.rln.scenario.mapping.StrategyView;
import se.rln.scenario.mapping.WorkshopView;
import se.rln.scenario.model.Driver;
import se.rln.scenario.model.DriverMaths;
import se.rln.scenario.model.Member;
import se.rln.scenario.model.Scenario;
import se.rln.scenario.model.Strategy;
import se.rln.scenario.model.Workshop;
import se.rln.scenario.model.WorkshopGroup;
import se.rln.scenario.repository.DriverRepository;
import se.rln.scenario.repository.GroupRepository;
import se.rln.scenario.repository.MemberRepository;
import se.rln.scenario.repository.RatingRepository;
import se.rln.scenario.repository.VoteRepository;

/**
 * The records clients see, assembled from the entities and what the repositories hold beside
 * them (counts, ratings, dots, authors' names), with rating aggregates computed by {@link DriverMaths}.
 */
@ApplicationScoped
public class WorkshopViews {

    @Inject
    MemberRepository members;

    @Inject
    DriverRepository drivers;

    @Inject
    GroupRepository groupsOf;

    @Inject
    RatingRepository ratings;

    @Inject
    VoteRepository votes;

    public WorkshopView view(Workshop w) {
        long groups = groupsOf.countOf(w.id);
        long people = members.countActive(w.id);
        return new WorkshopView(w.id, w.title, w.eventId, w.sessionId, List.copyOf(w.organisers),
                List.copyOf(w.facilitators), w.phase, Times.local(w.phaseDeadline), w.cancelledAt != null, w.dotBudget,
                w.minRatings, (int) groups, (int) people, w.version, Times.local(w.createdAt));
    }

    public MemberView view(Member m) {
        return new MemberView(m.participantId, m.municipalityCode, m.displayName, m.groupId, m.active);
    }

    public GroupView view(WorkshopGroup g) {
        return view(g, members.ofGroup(g.id));
    }

    public GroupView view(WorkshopGroup g, List<Member> seated) {
        AxesView axes = null;
        if (g.hasAxes()) {
            Driver h = drivers.findById(g.horizontalDriverId);
            Driver v = drivers.findById(g.verticalDriverId);
            axes = new AxesView(new AxesView.Axis(h.id, h.title, g.horizontalLowPole, g.horizontalHighPole),
                    new AxesView.Axis(v.id, v.title, g.verticalLowPole, g.verticalHighPole));
        }
        return new GroupView(g.id, g.name, g.position, g.focalQuestion, g.horizon, seated.stream().map(this::view).toList(),
                axes, g.votesRevealed, g.version);
    }

    /**
     * The group's drivers with aggregates and classification (only how many rated, while the
     * room rates blind: {@code showRatings} false); dots only when {@code showDots}.
     */
    public List<DriverView> drivers(WorkshopGroup g, boolean showDots, boolean showRatings) {
        List<DriverView> views = drivers(g, showDots);
        return showRatings ? views : views.stream().map(WorkshopViews::blind).toList();
    }

    /** A driver as the room sees it while rating blind: how many rated it, not what they said. */
    public static DriverView blind(DriverView d) {
        return new DriverView(d.id(), d.groupId(), d.title(), d.description(), d.category(), d.author(), d.mergedInto(),
                new DriverMaths.Aggregate(d.ratings().count(), null, null, null, null), null, d.dots(), d.ratingVersion());
    }

    /** The group's drivers with aggregates and classification; dots only when {@code showDots}. */
    public List<DriverView> drivers(WorkshopGroup g, boolean showDots) {
        List<Driver> list = drivers.ofGroup(g.id);
        Map<UUID, List<DriverMaths.Rating>> rated = ratings.ofDrivers(list.stream().map(d -> d.id).toList());
        Map<UUID, Integer> dots = showDots ? votes.totals(g.id) : Map.of();
        Map<UUID, String> authors = authors(g.workshopId);
        return list.stream().map(d -> view(d, rated.getOrDefault(d.id, List.of()), showDots ? dots.getOrDefault(d.id, 0)
                : null, authors.get(d.authorId))).toList();
    }

    public DriverView view(Driver d, List<DriverMaths.Rating> ratings, Integer dots, String author) {
        DriverMaths.Aggregate a = DriverMaths.aggregate(ratings);
        return new DriverView(d.id, d.groupId, d.title, d.description, d.category, author, d.mergedInto, a,
                DriverMaths.classify(a), dots, d.ratingVersion);
    }

    public ScenarioView view(Scenario s) {
        return new ScenarioView(s.quadrant, s.horizontalPole, s.verticalPole, s.name, s.narrative,
                List.copyOf(s.implications), List.copyOf(s.earlyIndicators), s.version);
    }

    public StrategyView view(Strategy s) {
        int robustness = s.robustness();
        return new StrategyView(s.id, s.groupId, s.title, s.description, new java.util.TreeMap<>(s.assessments), robustness,
                robustness == 4, s.version);
    }

    private Map<UUID, String> authors(UUID workshopId) {
        Map<UUID, String> names = new HashMap<>();
        members.ofWorkshop(workshopId).stream().filter(m -> m.displayName != null)
                .forEach(m -> names.put(m.participantId, m.displayName));
        return names;
    }
}
