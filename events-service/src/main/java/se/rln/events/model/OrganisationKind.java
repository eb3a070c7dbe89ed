package se.rln.events.model;

/** What kind of body an organisation is. */
public enum OrganisationKind {
    REGION, MUNICIPALITY, ASSOCIATION, UNIVERSITY, COMPANY
}
