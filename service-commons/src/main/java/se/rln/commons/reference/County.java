package se.rln.commons.reference;

/** A Swedish county (län) from the SCB list. */
public record County(String code, String name, int municipalityCount) {
}
