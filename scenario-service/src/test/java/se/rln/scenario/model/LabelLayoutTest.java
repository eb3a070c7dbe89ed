package se.rln.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.rln.scenario.model.LabelLayout.Box;
import se.rln.scenario.model.LabelLayout.Label;
import se.rln.scenario.model.LabelLayout.Point;

/** Labels of a scatter never overlap each other or a marker, even when drivers share a point. */
class LabelLayoutTest {

    private static final Box PLOT = new Box(80, 60, 540, 510);

    private static void assertReadable(List<Point> points, List<Label> labels) {
        assertEquals(points.size(), labels.size());
        for (int i = 0; i < labels.size(); i++) {
            Box a = labels.get(i).box();
            assertTrue(a.inside(PLOT), "label " + i + " inside the plot: " + a);
            for (int j = i + 1; j < labels.size(); j++) {
                assertFalse(a.overlaps(labels.get(j).box()), "labels " + i + " and " + j + " overlap: " + a + " / "
                        + labels.get(j).box());
            }
            for (Point p : points) {
                assertFalse(a.overlaps(p.marker()), "label " + i + " covers the marker at " + p.x() + "," + p.y());
            }
        }
    }

    @Test
    void driversWithEqualScoresFanOutWithLeaderLines() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            points.add(new Point(350, 315, 8, 150, 14)); // nine drivers all rated 3.5 / 3.5
        }
        List<Label> labels = LabelLayout.place(points, PLOT);
        assertReadable(points, labels);
        assertTrue(labels.stream().filter(Label::leader).count() >= 1, "those moved away are joined to the point");
    }

    @Test
    void aSpreadOutScatterKeepsEveryLabelNextToItsPoint() {
        List<Point> points = List.of(new Point(120, 100, 8, 120, 14), new Point(400, 300, 8, 120, 14),
                new Point(560, 500, 8, 40, 14));
        List<Label> labels = LabelLayout.place(points, PLOT);
        assertReadable(points, labels);
        assertTrue(labels.stream().noneMatch(Label::leader), "nothing needed moving");
    }

    @Test
    void aCrowdedCornerStaysInsideThePlotAndIsTheSameEveryTime() {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            points.add(new Point(600 - (i % 3) * 6, 80 + (i / 3) * 6, 7, 110, 28));
        }
        List<Label> first = LabelLayout.place(points, PLOT);
        assertReadable(points, first);
        assertEquals(first, LabelLayout.place(points, PLOT));
    }
}
