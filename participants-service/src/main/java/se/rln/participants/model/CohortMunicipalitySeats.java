package se.rln.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** One municipality's seats in one cohort: its allotment and its enrolment counts. */
@Entity
@Table(name = "cohort_municipality_seats")
@IdClass(CohortMunicipalitySeats.Key.class)
public class CohortMunicipalitySeats implements SeatShare {

    @Id
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Id
    @Column(name = "municipality_code")
    public String municipalityCode;

    public int allotted;

    public int confirmed;

    public int waitlisted;

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

    /** Primary key of {@link CohortMunicipalitySeats}. */
    public static class Key implements Serializable {
        public UUID cohortId;
        public String municipalityCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cohortId, k.cohortId) && Objects.equals(municipalityCode, k.municipalityCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, municipalityCode);
        }
    }
}
