package se.rln.scenario.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the labels of a scatter's points so that no label overlaps another label or a marker
 * and all stay inside the plot: each label tries the eight places around its point, then the
 * same places further out in rings; a label that had to move away from its point gets a leader
 * line. Drivers with equal scores (the same point) thus fan out instead of drawing their titles
 * on top of each other. Deterministic: the same points give the same picture.
 */
public final class LabelLayout {

    private static final int RINGS = 40;
    private static final double RING_STEP = 16;

    /** A rectangle: left, top, width, height. */
    public record Box(double x, double y, double width, double height) {

        boolean overlaps(Box o) {
            return x < o.x + o.width && o.x < x + width && y < o.y + o.height && o.y < y + height;
        }

        boolean inside(Box area) {
            return x >= area.x && y >= area.y && x + width <= area.x + area.width && y + height <= area.y + area.height;
        }
    }

    /** A point's marker (centre and radius) and the size of its label. */
    public record Point(double x, double y, double radius, double labelWidth, double labelHeight) {

        Box marker() {
            return new Box(x - radius, y - radius, 2 * radius, 2 * radius);
        }
    }

    /** Where a point's label went, and whether it needs a line back to its point. */
    public record Label(Box box, boolean leader) {
    }

    private LabelLayout() {
    }

    /** The labels of {@code points}, in their order, inside {@code area}. */
    public static List<Label> place(List<Point> points, Box area) {
        List<Box> taken = new ArrayList<>();
        points.forEach(p -> taken.add(p.marker()));
        List<Label> labels = new ArrayList<>();
        for (Point p : points) {
            Label best = null;
            double bestOverlap = Double.MAX_VALUE;
            search:
            for (int ring = 0; ring < RINGS; ring++) {
                double gap = p.radius() + 3 + ring * RING_STEP;
                for (Box candidate : around(p, gap)) {
                    if (!candidate.inside(area)) {
                        continue;
                    }
                    double overlap = overlap(candidate, taken);
                    if (overlap == 0) {
                        best = new Label(candidate, ring > 0);
                        break search;
                    }
                    if (overlap < bestOverlap) {
                        bestOverlap = overlap;
                        best = new Label(candidate, ring > 0);
                    }
                }
            }
            if (best == null) {
                // nowhere inside the plot: right of the point, clipped to the plot's right edge
                double x = Math.min(p.x() + p.radius() + 3, area.x() + area.width() - p.labelWidth());
                best = new Label(new Box(x, p.y() - p.labelHeight() / 2, p.labelWidth(), p.labelHeight()), false);
            }
            taken.add(best.box());
            labels.add(best);
        }
        return labels;
    }

    /**
     * The places around a point at {@code gap}: right, left, above, below and the corners first,
     * then, further out, sixteen directions.
     */
    private static List<Box> around(Point p, double gap) {
        double w = p.labelWidth();
        double h = p.labelHeight();
        List<Box> places = new ArrayList<>(List.of(
                new Box(p.x() + gap, p.y() - h / 2, w, h),
                new Box(p.x() - gap - w, p.y() - h / 2, w, h),
                new Box(p.x() - w / 2, p.y() - gap - h, w, h),
                new Box(p.x() - w / 2, p.y() + gap, w, h),
                new Box(p.x() + gap * 0.7, p.y() - gap * 0.7 - h, w, h),
                new Box(p.x() - gap * 0.7 - w, p.y() - gap * 0.7 - h, w, h),
                new Box(p.x() + gap * 0.7, p.y() + gap * 0.7, w, h),
                new Box(p.x() - gap * 0.7 - w, p.y() + gap * 0.7, w, h)));
        for (int k = 1; k < 16; k += 2) {
            double angle = k * Math.PI / 8;
            double cx = p.x() + Math.cos(angle) * (gap + w / 2);
            double cy = p.y() - Math.sin(angle) * (gap + h / 2);
            places.add(new Box(cx - w / 2, cy - h / 2, w, h));
        }
        return places;
    }

    private static double overlap(Box b, List<Box> taken) {
        double area = 0;
        for (Box t : taken) {
            if (b.overlaps(t)) {
                double w = Math.min(b.x() + b.width(), t.x() + t.width()) - Math.max(b.x(), t.x());
                double h = Math.min(b.y() + b.height(), t.y() + t.height()) - Math.max(b.y(), t.y());
                area += w * h;
            }
        }
        return area;
    }
}
