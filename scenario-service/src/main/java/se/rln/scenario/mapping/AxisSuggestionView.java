package se.rln.scenario.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AxisSuggestion")
public record AxisSuggestionView(DriverView horizontal, DriverView vertical, String rationale) {
}
