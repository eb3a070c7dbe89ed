package se.rln.events.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One group of a programme (e.g. "Grupp 2"), with its own seats. Its days are events whose
 * capacity and allotments are the cohort's: a person enrolled in the cohort has the same seat on
 * every day.
 */
@Entity
public class Cohort {

    @Id
    public UUID id;

    @Column(name = "programme_id")
    public UUID programmeId;

    public String name;

    public int capacity;

    @ElementCollection
    @CollectionTable(name = "cohort_seat_allotment", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderBy("municipalityCode")
    public List<SeatAllotment> seatAllotments = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
