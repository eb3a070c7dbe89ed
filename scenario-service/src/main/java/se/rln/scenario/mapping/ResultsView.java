package se.rln.scenario.mapping;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Everything a workshop produced. */
@Schema(name = "WorkshopResults")
public record ResultsView(WorkshopView workshop, List<GroupResult> groups) {

    @Schema(name = "GroupResult")
    public record GroupResult(GroupView group, List<DriverView> drivers, AxisSuggestionView suggestion,
            List<ScenarioView> scenarios, List<StrategyView> strategies) {
    }
}
