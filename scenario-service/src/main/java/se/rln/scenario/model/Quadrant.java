package se.rln.scenario.model;

/**
 * The four quadrants of the cross: the horizontal axis runs from its low pole (west) to its high
 * pole (east), the vertical one from low (south) to high (north).
 */
public enum Quadrant {
    NE(true, true), NW(false, true), SW(false, false), SE(true, false);

    private final boolean horizontalHigh;
    private final boolean verticalHigh;

    Quadrant(boolean horizontalHigh, boolean verticalHigh) {
        this.horizontalHigh = horizontalHigh;
        this.verticalHigh = verticalHigh;
    }

    public boolean horizontalHigh() {
        return horizontalHigh;
    }

    public boolean verticalHigh() {
        return verticalHigh;
    }
}
