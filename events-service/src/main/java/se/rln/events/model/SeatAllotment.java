package se.rln.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Seats of an event reserved for one municipality. */
@Embeddable
public class SeatAllotment {

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "seats")
    public int seats;

    public SeatAllotment() {
    }

    public SeatAllotment(String municipalityCode, int seats) {
        this.municipalityCode = municipalityCode;
        this.seats = seats;
    }
}
