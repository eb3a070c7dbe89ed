package se.rln.scenario.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The arithmetic of the cross, free of storage: rating aggregates, driver classification and
 * the axis suggestion.
 *
 * <p>Ratings are 1–5. A driver's impact and uncertainty are the means of its ratings; spread
 * is the population standard deviation. A driver is <em>high</em> on a dimension at a mean of
 * {@value #HIGH} or more: high impact and high uncertainty is a critical uncertainty, high
 * impact alone a predetermined trend, anything else secondary. The suggested axes are the
 * two drivers with the highest combined score (impact + uncertainty), the second preferring a
 * different STEEP category than the first whenever a rated driver of another category exists;
 * ties go to more ratings, then to the earlier driver.
 */
public final class DriverMaths {

    public static final double HIGH = 3.5;

    private DriverMaths() {
    }

    /** One person's rating of one driver. */
    public record Rating(int impact, int uncertainty) {
    }

    /** Means, spreads (population standard deviation) and count of a driver's ratings. */
    public record Aggregate(int count, Double impact, Double uncertainty, Double impactSpread, Double uncertaintySpread) {

        public static final Aggregate NONE = new Aggregate(0, null, null, null, null);

        public double score() {
            return count == 0 ? 0 : impact + uncertainty;
        }
    }

    /** A driver with its category, aggregate and place in the order drivers were added. */
    public record RatedDriver(UUID id, SteepCategory category, Aggregate aggregate, int order) {
    }

    /** The two drivers suggested as axes. */
    public record AxisSuggestion(RatedDriver horizontal, RatedDriver vertical) {
    }

    public static Aggregate aggregate(List<Rating> ratings) {
        if (ratings.isEmpty()) {
            return Aggregate.NONE;
        }
        int n = ratings.size();
        double impact = ratings.stream().mapToInt(Rating::impact).average().orElseThrow();
        double uncertainty = ratings.stream().mapToInt(Rating::uncertainty).average().orElseThrow();
        double impactSpread = Math.sqrt(ratings.stream().mapToDouble(r -> square(r.impact() - impact)).sum() / n);
        double uncertaintySpread = Math.sqrt(ratings.stream().mapToDouble(r -> square(r.uncertainty() - uncertainty)).sum() / n);
        return new Aggregate(n, round(impact), round(uncertainty), round(impactSpread), round(uncertaintySpread));
    }

    public static Classification classify(Aggregate a) {
        if (a.count() == 0) {
            return Classification.UNRATED;
        }
        if (a.impact() >= HIGH) {
            return a.uncertainty() >= HIGH ? Classification.CRITICAL_UNCERTAINTY : Classification.PREDETERMINED_TREND;
        }
        return Classification.SECONDARY;
    }

    /** The suggested axes among rated drivers, or empty when fewer than two are rated. */
    public static Optional<AxisSuggestion> suggestAxes(List<RatedDriver> drivers) {
        List<RatedDriver> ranked = drivers.stream().filter(d -> d.aggregate().count() > 0)
                .sorted(Comparator.comparingDouble((RatedDriver d) -> d.aggregate().score()).reversed()
                        .thenComparing(Comparator.comparingInt((RatedDriver d) -> d.aggregate().count()).reversed())
                        .thenComparingInt(RatedDriver::order))
                .toList();
        if (ranked.size() < 2) {
            return Optional.empty();
        }
        RatedDriver first = ranked.get(0);
        RatedDriver second = ranked.stream().skip(1).filter(d -> d.category() != first.category()).findFirst()
                .orElse(ranked.get(1));
        return Optional.of(new AxisSuggestion(first, second));
    }

    private static double square(double x) {
        return x * x;
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
