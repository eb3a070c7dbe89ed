package se.rln.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One municipality's seats on one event: its allotment (reserved seats) and its counts. */
@Entity
@Table(name = "municipality_seats")
@IdClass(MunicipalitySeats.Key.class)
public class MunicipalitySeats implements SeatShare {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    @Column(name = "municipality_code")
    public String municipalityCode;

    public int allotted;

    public int confirmed;

    public int waitlisted;

    public int attended;

    @Column(name = "no_show")
    public int noShow;

    public int cancelled;

    @Override
    public String municipality() {
        return municipalityCode;
    }

    @Override
    public int allottedSeats() {
        return allotted;
    }

    @Override
    public int confirmedSeats() {
        return confirmed;
    }

    /** Primary key of {@link MunicipalitySeats}. */
    public static class Key implements Serializable {
        public UUID eventId;
        public String municipalityCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && Objects.equals(municipalityCode, k.municipalityCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, municipalityCode);
        }
    }
}
