package se.rln.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where an event takes place. */
@Embeddable
public class Venue {

    @Column(name = "venue_name")
    public String name;

    @Column(name = "venue_address")
    public String address;

    @Column(name = "venue_city")
    public String city;
}
