package se.rln.scenario.model;

/** What the ratings say about a driver. */
public enum Classification {
    /** High impact and high uncertainty: a candidate axis. */
    CRITICAL_UNCERTAINTY,
    /** High impact, fairly certain: belongs in every scenario. */
    PREDETERMINED_TREND,
    /** Lower impact. */
    SECONDARY,
    /** Nobody has rated it yet. */
    UNRATED
}
