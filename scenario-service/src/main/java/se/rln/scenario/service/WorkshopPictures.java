package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import se.rln.scenario.mapping.AxesView;
import se.rln.scenario.mapping.DriverView;
import se.rln.scenario.mapping.ResultsView;
import se.rln.scenario.mapping.ScenarioView;
import se.rln.scenario.model.DriverMaths;
import se.rln.scenario.model.Quadrant;
import se.rln.scenario.model.SteepCategory;

/** A group's cross and its impact/uncertainty scatter as SVG. */
@ApplicationScoped
public class WorkshopPictures {

    private static final Map<SteepCategory, String> COLOURS = Map.of(SteepCategory.SOCIAL, "#e4572e",
            SteepCategory.TECHNOLOGICAL, "#29335c", SteepCategory.ECONOMIC, "#f3a712", SteepCategory.ENVIRONMENTAL,
            "#669bbc", SteepCategory.POLITICAL, "#a8c686");

    @Inject
    WorkshopResults results;

    /** The cross: the two axes with their poles and the four named scenarios in their quadrants. */
    public String cross(UUID workshopId, UUID groupId) {
        ResultsView.GroupResult g = results.group(workshopId, groupId);
        int size = 800;
        double mid = size / 2.0;
        SvgCanvas svg = new SvgCanvas(size, size + 60, "Scenario cross: " + g.group().name());
        svg.text(mid, 30, g.group().focalQuestion() == null ? g.group().name() : g.group().focalQuestion(), 18, "middle",
                "bold", 70);
        double top = 90;
        double bottom = size - 10;
        double vmid = (top + bottom) / 2;
        svg.line(60, vmid, size - 60, vmid, "#333", 2).line(mid, top, mid, bottom, "#333", 2);
        AxesView axes = g.group().axes();
        if (axes == null) {
            svg.text(mid, vmid - 20, "The axes are not chosen yet", 16, "middle", "normal", 60);
            return svg.finish();
        }
        svg.text(70, vmid - 10, axes.horizontal().lowPole(), 13, "start", "bold", 22)
                .text(size - 70, vmid - 10, axes.horizontal().highPole(), 13, "end", "bold", 22)
                .text(mid, top - 8, axes.vertical().highPole(), 13, "middle", "bold", 50)
                .text(mid, bottom + 40, axes.vertical().lowPole(), 13, "middle", "bold", 50)
                .text(size - 70, vmid + 22, axes.horizontal().driverTitle(), 11, "end", "normal", 30)
                .text(mid + 8, top + 14, axes.vertical().driverTitle(), 11, "start", "normal", 30);
        for (ScenarioView s : g.scenarios()) {
            double x = s.quadrant().horizontalHigh() ? mid + 30 : 70;
            double y = s.quadrant().verticalHigh() ? top + 50 : vmid + 50;
            svg.rect(x, y, mid - 100, 120, quadrantFill(s.quadrant()), "#999");
            svg.text(x + (mid - 100) / 2, y + 35, s.name(), 16, "middle", "bold", 26);
            svg.text(x + (mid - 100) / 2, y + 100, s.quadrant().name(), 10, "middle", "normal", 10);
        }
        return svg.finish();
    }

    /** Impact (up) against uncertainty (right) of every driver, coloured by STEEP category. */
    public String drivers(UUID workshopId, UUID groupId) {
        ResultsView.GroupResult g = results.group(workshopId, groupId);
        int width = 820;
        int height = 640;
        double left = 80;
        double right = width - 200;
        double top = 60;
        double bottom = height - 70;
        SvgCanvas svg = new SvgCanvas(width, height, "Drivers: " + g.group().name());
        svg.text(width / 2.0, 30, "Drivers of " + g.group().name() + ": impact and uncertainty", 16, "middle", "bold", 90);
        for (int v = 1; v <= 5; v++) {
            double x = left + (v - 1) * (right - left) / 4;
            double y = bottom - (v - 1) * (bottom - top) / 4;
            svg.line(x, top, x, bottom, "#ddd", 1).line(left, y, right, y, "#ddd", 1)
                    .text(x, bottom + 18, Integer.toString(v), 11, "middle", "normal", 5)
                    .text(left - 10, y + 4, Integer.toString(v), 11, "end", "normal", 5);
        }
        double hx = left + (DriverMaths.HIGH - 1) * (right - left) / 4;
        double hy = bottom - (DriverMaths.HIGH - 1) * (bottom - top) / 4;
        svg.line(hx, top, hx, bottom, "#c00", 1).line(left, hy, right, hy, "#c00", 1)
                .text((left + right) / 2, bottom + 45, "Uncertainty", 13, "middle", "bold", 20)
                .text(25, (top + bottom) / 2, "Impact", 13, "middle", "bold", 10)
                .text(right - 5, top + 15, "critical uncertainties", 11, "end", "normal", 30);
        for (DriverView d : g.drivers()) {
            if (d.mergedInto() != null || d.ratings().count() == 0) {
                continue;
            }
            double x = left + (d.ratings().uncertainty() - 1) * (right - left) / 4;
            double y = bottom - (d.ratings().impact() - 1) * (bottom - top) / 4;
            svg.circle(x, y, 6 + Math.min(6, d.ratings().count() / 4.0), COLOURS.get(d.category()))
                    .text(x + 10, y - 8, d.title(), 11, "start", "normal", 28);
        }
        double ly = top;
        for (SteepCategory c : SteepCategory.values()) {
            svg.circle(right + 30, ly, 6, COLOURS.get(c)).text(right + 42, ly + 4, c.name(), 11, "start", "normal", 20);
            ly += 22;
        }
        return svg.finish();
    }

    private static String quadrantFill(Quadrant q) {
        return switch (q) {
            case NE -> "#e8f4ea";
            case NW -> "#eaf0f8";
            case SW -> "#fbeaea";
            case SE -> "#fdf5e6";
        };
    }
}
