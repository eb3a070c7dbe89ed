package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import se.rln.commons.text.MarkdownText;
import se.rln.scenario.mapping.AxesView;
import se.rln.scenario.mapping.DriverView;
import se.rln.scenario.mapping.GroupView;
import se.rln.scenario.mapping.ResultsView;
import se.rln.scenario.mapping.ScenarioView;
import se.rln.scenario.mapping.StrategyView;
import se.rln.scenario.messaging.outbound.WorkshopEvent;
import se.rln.scenario.model.Phase;
import se.rln.scenario.model.Workshop;
import se.rln.scenario.model.WorkshopGroup;
import se.rln.scenario.repository.GroupRepository;
import se.rln.scenario.repository.ScenarioRepository;
import se.rln.scenario.repository.StrategyRepository;

/** What a workshop produced: as JSON, as the outcome announced on Kafka, as Markdown. */
@ApplicationScoped
public class WorkshopResults {

    @Inject
    GroupRepository groups;

    @Inject
    ScenarioRepository scenarios;

    @Inject
    StrategyRepository strategies;

    @Inject
    WorkshopContext context;

    @Inject
    WorkshopAccess access;

    @Inject
    CrossService cross;

    @Inject
    WorkshopViews mapper;

    @Transactional
    public ResultsView results(UUID workshopId) {
        return results(context.read(workshopId));
    }

    public ResultsView results(Workshop w) {
        List<ResultsView.GroupResult> all = groups.ofWorkshop(w.id).stream().map(g -> result(w, g)).toList();
        return new ResultsView(mapper.view(w), all);
    }

    /** One group's results, for its pictures. */
    @Transactional
    public ResultsView.GroupResult group(UUID workshopId, UUID groupId) {
        WorkshopContext.InGroup at = context.read(workshopId, groupId);
        return result(at.workshop(), at.group());
    }

    /** The data of {@code workshop.completed}: what events-service attaches to the event. No names. */
    public WorkshopEvent.Completed outcome(Workshop w) {
        List<WorkshopEvent.GroupOutcome> all = groups.ofWorkshop(w.id).stream().map(g -> {
            GroupView view = mapper.view(g, List.of());
            return new WorkshopEvent.GroupOutcome(g.name, g.focalQuestion, g.horizon, view.axes(),
                    scenarios.ofGroup(g.id).stream().map(mapper::view).toList(),
                    strategies.ofGroup(g.id).stream().map(mapper::view)
                            .sorted(Comparator.comparingInt(StrategyView::robustness).reversed()).toList());
        }).toList();
        return new WorkshopEvent.Completed(w.id, w.eventId, w.sessionId, w.title, w.version, all);
    }

    @Transactional
    public String markdown(UUID workshopId) {
        ResultsView r = results(workshopId);
        StringBuilder md = new StringBuilder();
        md.append("# ").append(t(r.workshop().title())).append("\n\n");
        md.append("Phase: ").append(r.workshop().phase()).append(r.workshop().phase() == Phase.COMPLETED ? "" : " (in progress)")
                .append(" · ").append(r.groups().size()).append(" groups · ").append(r.workshop().members())
                .append(" participants\n");
        for (ResultsView.GroupResult g : r.groups()) {
            md.append("\n## ").append(t(g.group().name())).append("\n\n");
            if (g.group().focalQuestion() != null) {
                md.append("**Focal question:** ").append(t(g.group().focalQuestion()));
                if (g.group().horizon() != null) {
                    md.append(" (horizon ").append(t(g.group().horizon())).append(')');
                }
                md.append("\n\n");
            }
            md.append("### Drivers\n\n| driver | category | impact | uncertainty | ratings | classification |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (DriverView d : g.drivers()) {
                if (d.mergedInto() != null) {
                    continue;
                }
                md.append("| ").append(t(d.title())).append(" | ").append(d.category()).append(" | ")
                        .append(number(d.ratings().impact())).append(" | ").append(number(d.ratings().uncertainty()))
                        .append(" | ").append(d.ratings().count()).append(" | ").append(d.classification()).append(" |\n");
            }
            AxesView axes = g.group().axes();
            if (axes != null) {
                md.append("\n### Axes\n\n- Horizontal: **").append(t(axes.horizontal().driverTitle())).append("** — from ")
                        .append(t(axes.horizontal().lowPole())).append(" to ").append(t(axes.horizontal().highPole()))
                        .append("\n- Vertical: **").append(t(axes.vertical().driverTitle())).append("** — from ")
                        .append(t(axes.vertical().lowPole())).append(" to ").append(t(axes.vertical().highPole())).append('\n');
            }
            for (ScenarioView s : g.scenarios()) {
                md.append("\n### ").append(s.quadrant()).append(": ").append(t(s.name())).append("\n\n_")
                        .append(t(s.horizontalPole())).append(" · ").append(t(s.verticalPole())).append("_\n\n");
                if (s.narrative() != null) {
                    md.append(MarkdownText.paragraphs(s.narrative())).append("\n\n");
                }
                list(md, "Implications", s.implications());
                list(md, "Early indicators", s.earlyIndicators());
            }
            if (!g.strategies().isEmpty()) {
                md.append("\n### Strategies\n\n| strategy | NE | NW | SW | SE | robustness |\n|---|---|---|---|---|---|\n");
                for (StrategyView s : g.strategies()) {
                    md.append("| ").append(t(s.title()));
                    for (se.rln.scenario.model.Quadrant q : se.rln.scenario.model.Quadrant.values()) {
                        md.append(" | ").append(s.assessments().getOrDefault(q, null) == null ? "–" : s.assessments().get(q));
                    }
                    md.append(" | ").append(s.robustness()).append("/4").append(s.robust() ? " (robust)" : "").append(" |\n");
                }
            }
        }
        return md.toString();
    }

    private ResultsView.GroupResult result(Workshop w, WorkshopGroup g) {
        boolean dots = g.votesRevealed || access.facilitates(w);
        boolean ratings = access.seesRatings(w, g);
        return new ResultsView.GroupResult(mapper.view(g), mapper.drivers(g, dots, ratings),
                ratings ? cross.suggest(g).orElse(null) : null,
                scenarios.ofGroup(g.id).stream().map(mapper::view).toList(),
                strategies.ofGroup(g.id).stream().map(mapper::view).toList());
    }

    private static void list(StringBuilder md, String title, List<String> items) {
        if (!items.isEmpty()) {
            md.append("**").append(title).append(":**\n\n");
            items.forEach(i -> md.append("- ").append(t(i)).append('\n'));
            md.append('\n');
        }
    }

    /** User text as Markdown text: it cannot create structure, links or HTML. */
    private static String t(String text) {
        return MarkdownText.inline(text);
    }

    private static String number(Double value) {
        return value == null ? "–" : String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
