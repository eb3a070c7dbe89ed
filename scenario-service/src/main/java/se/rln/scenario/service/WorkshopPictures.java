package se.rln.scenario.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.rln.scenario.mapping.AxesView;
import se.rln.scenario.mapping.DriverView;
import se.rln.scenario.mapping.ResultsView;
import se.rln.scenario.mapping.ScenarioView;
import se.rln.scenario.model.DriverMaths;
import se.rln.scenario.model.LabelLayout;
import se.rln.scenario.model.Quadrant;
import se.rln.scenario.model.SteepCategory;

/** A group's cross and its impact/uncertainty scatter as SVG. */
@ApplicationScoped
public class WorkshopPictures {

    private static final Map<SteepCategory, String> COLOURS = Map.of(SteepCategory.SOCIAL, "#e4572e",
            SteepCategory.TECHNOLOGICAL, "#29335c", SteepCategory.ECONOMIC, "#f3a712", SteepCategory.ENVIRONMENTAL,
            "#669bbc", SteepCategory.POLITICAL, "#a8c686");

    private static final int LABEL_SIZE = 11;
    private static final int LABEL_WIDTH = 28;
    private static final int NARRATIVE_WIDTH = 48;
    private static final int NARRATIVE_LINES = 9;

    @Inject
    WorkshopResults results;

    /**
     * The cross: the two axes with their poles and, in their quadrants, the four scenarios with
     * their names and the beginning of their narratives.
     */
    public String cross(UUID workshopId, UUID groupId, PictureLanguage words) {
        ResultsView.GroupResult g = results.group(workshopId, groupId);
        int size = 800;
        double mid = size / 2.0;
        SvgCanvas svg = new SvgCanvas(size, size + 60, String.format(words.crossLabel, g.group().name()));
        svg.text(mid, 30, g.group().focalQuestion() == null ? g.group().name() : g.group().focalQuestion(), 18, "middle",
                "bold", 70);
        double top = 90;
        double bottom = size - 10;
        double vmid = (top + bottom) / 2;
        svg.line(60, vmid, size - 60, vmid, "#333", 2).line(mid, top, mid, bottom, "#333", 2);
        AxesView axes = g.group().axes();
        if (axes == null) {
            svg.text(mid, vmid - 20, words.noAxes, 16, "middle", "normal", 60);
            return svg.finish();
        }
        svg.text(70, vmid - 10, axes.horizontal().lowPole(), 13, "start", "bold", 22)
                .text(size - 70, vmid - 10, axes.horizontal().highPole(), 13, "end", "bold", 22)
                .text(mid, top - 8, axes.vertical().highPole(), 13, "middle", "bold", 50)
                .text(mid, bottom + 40, axes.vertical().lowPole(), 13, "middle", "bold", 50)
                .text(size - 70, vmid + 22, axes.horizontal().driverTitle(), 11, "end", "normal", 30)
                .text(mid + 8, top + 14, axes.vertical().driverTitle(), 11, "start", "normal", 30);
        double boxWidth = mid - 100;
        double boxHeight = vmid - top - 90;
        for (ScenarioView s : g.scenarios()) {
            double x = s.quadrant().horizontalHigh() ? mid + 30 : 70;
            double y = s.quadrant().verticalHigh() ? top + 40 : vmid + 50;
            svg.rect(x, y, boxWidth, boxHeight, quadrantFill(s.quadrant()), "#999");
            svg.text(x + boxWidth / 2, y + 26, s.name(), 16, "middle", "bold", 30);
            if (s.narrative() != null && !s.narrative().isBlank()) {
                svg.text(x + 12, y + 70, excerpt(s.narrative(), NARRATIVE_LINES * NARRATIVE_WIDTH), 11, "start", "normal",
                        NARRATIVE_WIDTH);
            }
        }
        return svg.finish();
    }

    /**
     * Impact (up) against uncertainty (right) of every driver, coloured by STEEP category, each
     * label placed where it overlaps no other label and no marker (with a leader line when it had
     * to move away), the legend beside the plot.
     */
    public String drivers(UUID workshopId, UUID groupId, PictureLanguage words) {
        ResultsView.GroupResult g = results.group(workshopId, groupId);
        int width = 860;
        int height = 640;
        double left = 80;
        double right = width - 220;
        double top = 60;
        double bottom = height - 70;
        SvgCanvas svg = new SvgCanvas(width, height, String.format(words.scatterLabel, g.group().name()));
        svg.text(width / 2.0, 30, String.format(words.scatterTitle, g.group().name()), 16, "middle", "bold", 90);
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
                .text((left + right) / 2, bottom + 45, words.uncertainty, 13, "middle", "bold", 20)
                .text(25, (top + bottom) / 2, words.impact, 13, "middle", "bold", 10);
        // while the room rates blind, its aggregates are not drawn for it (only its facilitators see them)
        List<DriverView> shown = g.drivers().stream().filter(d -> d.mergedInto() == null && d.ratings().count() > 0
                && d.ratings().impact() != null).toList();
        List<LabelLayout.Point> points = new ArrayList<>();
        for (DriverView d : shown) {
            double x = left + (d.ratings().uncertainty() - 1) * (right - left) / 4;
            double y = bottom - (d.ratings().impact() - 1) * (bottom - top) / 4;
            List<String> lines = SvgCanvas.wrap(d.title(), LABEL_WIDTH);
            int longest = lines.stream().mapToInt(String::length).max().orElse(1);
            points.add(new LabelLayout.Point(x, y, 6 + Math.min(6, d.ratings().count() / 4.0), longest * LABEL_SIZE * 0.6,
                    lines.size() * LABEL_SIZE * 1.25));
        }
        List<LabelLayout.Label> labels = LabelLayout.place(points, new LabelLayout.Box(left, top, right - left, bottom - top));
        for (int i = 0; i < shown.size(); i++) {
            LabelLayout.Point p = points.get(i);
            LabelLayout.Box box = labels.get(i).box();
            if (labels.get(i).leader()) {
                double lx = Math.max(box.x(), Math.min(p.x(), box.x() + box.width()));
                double ly = Math.max(box.y(), Math.min(p.y(), box.y() + box.height()));
                svg.line(p.x(), p.y(), lx, ly, "#777", 0.8);
            }
            svg.circle(p.x(), p.y(), p.radius(), COLOURS.get(shown.get(i).category()))
                    .text(box.x(), box.y() + LABEL_SIZE, shown.get(i).title(), LABEL_SIZE, "start", "normal", LABEL_WIDTH);
        }
        double ly = top;
        for (SteepCategory c : SteepCategory.values()) {
            svg.circle(right + 30, ly, 6, COLOURS.get(c)).text(right + 42, ly + 4, words.category(c), 11, "start", "normal", 20);
            ly += 22;
        }
        svg.line(right + 24, ly + 4, right + 36, ly + 4, "#c00", 1).text(right + 42, ly + 8, words.critical + " ↗", 11, "start",
                "normal", 20);
        return svg.finish();
    }

    /** The first {@code length} characters of a narrative, cut at a word, with an ellipsis when cut. */
    static String excerpt(String narrative, int length) {
        String text = narrative.strip().replaceAll("\\s+", " ");
        if (text.length() <= length) {
            return text;
        }
        int cut = text.lastIndexOf(' ', length - 1);
        return text.substring(0, cut > length / 2 ? cut : length - 1) + "…";
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
