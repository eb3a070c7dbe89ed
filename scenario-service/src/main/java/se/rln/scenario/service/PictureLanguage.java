package se.rln.scenario.service;

import java.util.Map;
import se.rln.scenario.model.SteepCategory;

/** The words of the workshop's pictures: Swedish for the room, English on request. */
public enum PictureLanguage {

    SV("Drivkrafter i %s: påverkan och osäkerhet", "Påverkan", "Osäkerhet", "kritiska osäkerheter",
            "Axlarna är inte valda än", "Scenariokors: %s", "Drivkrafter: %s",
            Map.of(SteepCategory.SOCIAL, "Sociala", SteepCategory.TECHNOLOGICAL, "Teknologiska", SteepCategory.ECONOMIC,
                    "Ekonomiska", SteepCategory.ENVIRONMENTAL, "Ekologiska", SteepCategory.POLITICAL, "Politiska")),
    EN("Drivers of %s: impact and uncertainty", "Impact", "Uncertainty", "critical uncertainties",
            "The axes are not chosen yet", "Scenario cross: %s", "Drivers: %s",
            Map.of(SteepCategory.SOCIAL, "Social", SteepCategory.TECHNOLOGICAL, "Technological", SteepCategory.ECONOMIC,
                    "Economic", SteepCategory.ENVIRONMENTAL, "Environmental", SteepCategory.POLITICAL, "Political"));

    final String scatterTitle;
    final String impact;
    final String uncertainty;
    final String critical;
    final String noAxes;
    final String crossLabel;
    final String scatterLabel;
    private final Map<SteepCategory, String> categories;

    PictureLanguage(String scatterTitle, String impact, String uncertainty, String critical, String noAxes, String crossLabel,
            String scatterLabel, Map<SteepCategory, String> categories) {
        this.scatterTitle = scatterTitle;
        this.impact = impact;
        this.uncertainty = uncertainty;
        this.critical = critical;
        this.noAxes = noAxes;
        this.crossLabel = crossLabel;
        this.scatterLabel = scatterLabel;
        this.categories = categories;
    }

    String category(SteepCategory c) {
        return categories.get(c);
    }
}
