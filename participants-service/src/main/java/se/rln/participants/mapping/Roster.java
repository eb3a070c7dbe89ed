package se.rln.participants.mapping;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The desired full list of a municipality's attendees of an event (JSON form; CSV has the same columns). */
@Schema(name = "Roster")
public record Roster(List<RosterRow> attendees) {
}
