package se.rln.scenario.model;

/** STEEP: where a driving force comes from. */
public enum SteepCategory {
    SOCIAL, TECHNOLOGICAL, ECONOMIC, ENVIRONMENTAL, POLITICAL
}
