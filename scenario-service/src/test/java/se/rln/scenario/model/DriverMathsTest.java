package se.rln.scenario.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.rln.scenario.model.DriverMaths.Aggregate;
import se.rln.scenario.model.DriverMaths.RatedDriver;
import se.rln.scenario.model.DriverMaths.Rating;

/** Aggregates, classification and axis suggestion against values worked out by hand. */
class DriverMathsTest {

    @Test
    void meansAndPopulationSpreads() {
        // impacts 5, 4, 3 → mean 4, deviations 1, 0, -1 → variance 2/3 → spread 0.8165 → 0.82
        // uncertainties 2, 2, 5 → mean 3, deviations -1, -1, 2 → variance 6/3 = 2 → spread 1.41
        Aggregate a = DriverMaths.aggregate(List.of(new Rating(5, 2), new Rating(4, 2), new Rating(3, 5)));
        assertEquals(new Aggregate(3, 4.0, 3.0, 0.82, 1.41), a);
        assertEquals(7.0, a.score());
    }

    @Test
    void oneRatingHasNoSpreadAndNoneIsUnrated() {
        assertEquals(new Aggregate(1, 2.0, 5.0, 0.0, 0.0), DriverMaths.aggregate(List.of(new Rating(2, 5))));
        assertEquals(Aggregate.NONE, DriverMaths.aggregate(List.of()));
        assertEquals(Classification.UNRATED, DriverMaths.classify(Aggregate.NONE));
    }

    @Test
    void meansRoundToTwoDecimals() {
        // impacts 1, 2, 2 → 5/3 = 1.6667 → 1.67; uncertainties 4, 4, 5 → 13/3 = 4.3333 → 4.33
        Aggregate a = DriverMaths.aggregate(List.of(new Rating(1, 4), new Rating(2, 4), new Rating(2, 5)));
        assertEquals(1.67, a.impact());
        assertEquals(4.33, a.uncertainty());
    }

    @Test
    void classificationAtTheThresholds() {
        assertEquals(Classification.CRITICAL_UNCERTAINTY, DriverMaths.classify(new Aggregate(2, 3.5, 3.5, 0.5, 0.5)));
        assertEquals(Classification.PREDETERMINED_TREND, DriverMaths.classify(new Aggregate(2, 4.5, 3.49, 0.5, 0.5)));
        assertEquals(Classification.SECONDARY, DriverMaths.classify(new Aggregate(2, 3.49, 5.0, 0.5, 0.5)));
    }

    @Test
    void axesAreTheTwoHighestPreferringDifferentCategories() {
        RatedDriver digital = driver(SteepCategory.TECHNOLOGICAL, 4.5, 4.0, 3, 0);     // 8.5
        RatedDriver ai = driver(SteepCategory.TECHNOLOGICAL, 4.0, 4.0, 3, 1);          // 8.0, same category
        RatedDriver staffing = driver(SteepCategory.ECONOMIC, 4.0, 3.5, 3, 2);         // 7.5
        RatedDriver trust = driver(SteepCategory.SOCIAL, 3.0, 2.0, 3, 3);              // 5.0
        RatedDriver unrated = driver(SteepCategory.POLITICAL, 0, 0, 0, 4);
        var s = DriverMaths.suggestAxes(List.of(trust, ai, unrated, staffing, digital)).orElseThrow();
        assertEquals(digital.id(), s.horizontal().id());
        assertEquals(staffing.id(), s.vertical().id(), "the best driver of another category, not the runner-up");
    }

    @Test
    void sameCategoryWhenNothingElseIsRatedAndTiesGoToMoreRatingsThenEarlier() {
        RatedDriver a = driver(SteepCategory.SOCIAL, 4.0, 4.0, 2, 0);
        RatedDriver b = driver(SteepCategory.SOCIAL, 4.0, 4.0, 5, 1);
        RatedDriver c = driver(SteepCategory.SOCIAL, 4.0, 4.0, 5, 2);
        var s = DriverMaths.suggestAxes(List.of(a, b, c)).orElseThrow();
        assertEquals(b.id(), s.horizontal().id());
        assertEquals(c.id(), s.vertical().id());
        assertTrue(DriverMaths.suggestAxes(List.of(a)).isEmpty());
    }

    private static RatedDriver driver(SteepCategory category, double impact, double uncertainty, int count, int order) {
        Aggregate aggregate = count == 0 ? Aggregate.NONE : new Aggregate(count, impact, uncertainty, 0.0, 0.0);
        return new RatedDriver(UUID.randomUUID(), category, aggregate, order);
    }
}
