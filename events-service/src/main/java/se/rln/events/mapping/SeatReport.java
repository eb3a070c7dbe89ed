package se.rln.events.mapping;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;
import se.rln.events.model.MunicipalitySeats;

/**
 * What events-service reads from the data of a {@code registration.*} CloudEvent on
 * {@code leadership.registrations.v1}: the event's whole seat ledger after the change, with
 * the ledger's version (monotonic per event). Other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SeatReport(UUID eventId, long version, Seats seats) {

    /** Totals and per-municipality counts. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Seats(int confirmed, int waitlisted, int attended, int noShow, int cancelled,
            List<MunicipalitySeats> byMunicipality) {
    }
}
