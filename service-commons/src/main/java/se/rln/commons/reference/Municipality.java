package se.rln.commons.reference;

/** A Swedish municipality from the SCB list, with its county. */
public record Municipality(String code, String name, String countyCode, String countyName) {
}
