package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import se.rln.commons.problem.ProblemException;
import se.rln.commons.rest.ETags;
import se.rln.scenario.mapping.AssessmentRequest;
import se.rln.scenario.mapping.AxesRequest;
import se.rln.scenario.mapping.AxisSuggestionView;
import se.rln.scenario.mapping.DriverView;
import se.rln.scenario.mapping.GroupView;
import se.rln.scenario.mapping.ScenarioRequest;
import se.rln.scenario.mapping.ScenarioView;
import se.rln.scenario.mapping.StrategyRequest;
import se.rln.scenario.mapping.StrategyView;
import se.rln.scenario.messaging.outbound.WorkshopEvent;
import se.rln.scenario.messaging.outbound.WorkshopJournal;
import se.rln.scenario.model.Driver;
import se.rln.scenario.model.DriverMaths;
import se.rln.scenario.model.Member;
import se.rln.scenario.model.Phase;
import se.rln.scenario.model.Quadrant;
import se.rln.scenario.model.Scenario;
import se.rln.scenario.model.Strategy;
import se.rln.scenario.model.WorkshopGroup;
import se.rln.scenario.repository.DriverRepository;
import se.rln.scenario.repository.ScenarioRepository;
import se.rln.scenario.repository.StrategyRepository;

/** The cross itself: the axes, the four scenarios and the strategies tested against them. */
@ApplicationScoped
public class CrossService {

    @Inject
    DriverRepository drivers;

    @Inject
    ScenarioRepository scenarios;

    @Inject
    StrategyRepository strategies;

    @Inject
    WorkshopContext context;


    @Inject
    WorkshopViews mapper;

    @Inject
    WorkshopJournal journal;


    @Transactional
    public AxisSuggestionView suggestion(UUID workshopId, UUID groupId) {
        WorkshopContext.InGroup at = context.read(workshopId, groupId);
        return suggest(at.group()).orElseThrow(() -> ProblemException.conflict("not-enough-ratings",
                at.group().name + " has fewer than two rated drivers; rate first"));
    }

    /** The suggestion for a group, if two drivers are rated. */
    public java.util.Optional<AxisSuggestionView> suggest(WorkshopGroup g) {
        List<DriverView> live = mapper.drivers(g, false).stream().filter(d -> d.mergedInto() == null).toList();
        List<DriverMaths.RatedDriver> rated = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            rated.add(new DriverMaths.RatedDriver(live.get(i).id(), live.get(i).category(), live.get(i).ratings(), i));
        }
        return DriverMaths.suggestAxes(rated).map(s -> {
            DriverView h = live.stream().filter(d -> d.id().equals(s.horizontal().id())).findFirst().orElseThrow();
            DriverView v = live.stream().filter(d -> d.id().equals(s.vertical().id())).findFirst().orElseThrow();
            String why = "highest impact + uncertainty: " + h.title() + " (" + h.ratings().score() + ") and " + v.title()
                    + " (" + v.ratings().score() + ")" + (h.category() != v.category() ? ", from different categories" : "");
            return new AxisSuggestionView(h, v, why);
        });
    }

    /** The facilitator settles the axes with their poles; the four scenarios are (re)made from the poles. */
    @Transactional
    public GroupView confirmAxes(UUID workshopId, UUID groupId, AxesRequest request) {
        WorkshopContext.InGroup at = context.facilitateIn(workshopId, groupId, "choosing the axes", Phase.AXES);
        if (request.horizontal().driverId().equals(request.vertical().driverId())) {
            throw ProblemException.invalid("vertical.driverId", "the two axes need two different drivers");
        }
        axisDriver(at.group(), request.horizontal().driverId(), "horizontal.driverId");
        axisDriver(at.group(), request.vertical().driverId(), "vertical.driverId");
        WorkshopGroup g = at.group();
        g.horizontalDriverId = request.horizontal().driverId();
        g.horizontalLowPole = request.horizontal().lowPole().strip();
        g.horizontalHighPole = request.horizontal().highPole().strip();
        g.verticalDriverId = request.vertical().driverId();
        g.verticalLowPole = request.vertical().lowPole().strip();
        g.verticalHighPole = request.vertical().highPole().strip();
        scenarios.deleteOfGroup(g.id);
        for (Quadrant q : Quadrant.values()) {
            Scenario s = new Scenario();
            s.id = UUID.randomUUID();
            s.groupId = g.id;
            s.quadrant = q;
            s.horizontalPole = q.horizontalHigh() ? g.horizontalHighPole : g.horizontalLowPole;
            s.verticalPole = q.verticalHigh() ? g.verticalHighPole : g.verticalLowPole;
            s.name = s.horizontalPole + " / " + s.verticalPole;
            scenarios.persist(s);
        }
        scenarios.flush();
        GroupView view = mapper.view(g);
        journal.record(new WorkshopEvent.AxesConfirmed(workshopId, view,
                scenarios.ofGroup(g.id).stream().map(mapper::view).toList()));
        return view;
    }

    @Transactional
    public List<ScenarioView> scenarios(UUID workshopId, UUID groupId) {
        WorkshopContext.InGroup at = context.read(workshopId, groupId);
        return scenarios.ofGroup(at.group().id).stream().map(mapper::view).toList();
    }

    @Transactional
    public ScenarioView scenario(UUID workshopId, UUID groupId, Quadrant quadrant) {
        WorkshopContext.InGroup at = context.read(workshopId, groupId);
        return mapper.view(find(at.group(), quadrant));
    }

    /** Edits a scenario; {@code ifMatch} must name its current version (412 when stale). */
    @Transactional
    public ScenarioView editScenario(UUID workshopId, UUID groupId, Quadrant quadrant, String ifMatch, ScenarioRequest request) {
        long expected = ETags.requiredVersion(ifMatch);
        WorkshopContext.InGroup at = context.writeIn(workshopId, groupId, "writing scenarios", Phase.SCENARIOS);
        Scenario s = find(at.group(), quadrant);
        scenarios.lockForEdit(s);
        ETags.check(expected, s.version);
        s.name = request.name().strip();
        s.narrative = request.narrative();
        s.implications = request.implications() == null ? new ArrayList<>() : new ArrayList<>(request.implications());
        s.earlyIndicators = request.earlyIndicators() == null ? new ArrayList<>() : new ArrayList<>(request.earlyIndicators());
        scenarios.flush();
        ScenarioView view = mapper.view(s);
        journal.record(new WorkshopEvent.ScenarioUpdated(workshopId, groupId, view));
        return view;
    }

    @Transactional
    public StrategyView addStrategy(UUID workshopId, UUID groupId, StrategyRequest request) {
        WorkshopContext.InGroup at = context.writeIn(workshopId, groupId, "writing strategies", Phase.STRATEGIES);
        Member author = at.member();
        Strategy s = new Strategy();
        s.id = UUID.randomUUID();
        s.groupId = groupId;
        s.title = request.title().strip();
        s.description = request.description();
        s.authorId = author == null ? null : author.participantId;
        s.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        strategies.persist(s);
        scenarios.flush();
        return strategyChanged(workshopId, s);
    }

    @Transactional
    public List<StrategyView> strategies(UUID workshopId, UUID groupId) {
        WorkshopContext.InGroup at = context.read(workshopId, groupId);
        return strategies.ofGroup(at.group().id).stream().map(mapper::view).toList();
    }

    /** Records how the strategy fares in the given scenarios; other verdicts stay. */
    @Transactional
    public StrategyView assess(UUID workshopId, UUID groupId, UUID strategyId, AssessmentRequest request) {
        WorkshopContext.InGroup at = context.writeIn(workshopId, groupId, "assessing strategies", Phase.STRATEGIES);
        Strategy s = strategies.findById(strategyId);
        if (s == null || !s.groupId.equals(groupId)) {
            throw ProblemException.notFound("strategy", strategyId);
        }
        strategies.lockForAssessment(s);
        s.assessments.putAll(request.verdicts());
        scenarios.flush();
        return strategyChanged(workshopId, s);
    }

    private StrategyView strategyChanged(UUID workshopId, Strategy s) {
        StrategyView view = mapper.view(s);
        journal.record(new WorkshopEvent.StrategyUpdated(workshopId, view));
        return view;
    }

    private void axisDriver(WorkshopGroup g, UUID driverId, String field) {
        Driver d = drivers.findById(driverId);
        if (d == null || !d.groupId.equals(g.id)) {
            throw ProblemException.invalid(field, "no driver " + driverId + " in this group");
        }
        if (d.mergedInto != null) {
            throw ProblemException.invalid(field, "driver " + driverId + " was merged into " + d.mergedInto);
        }
    }

    private Scenario find(WorkshopGroup g, Quadrant quadrant) {
        return scenarios.of(g.id, quadrant).orElseThrow(() -> ProblemException.notFound("scenario", quadrant));
    }
}
