package se.rln.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * How many seats of a cohort are taken, as participants-service last reported it; replaced only
 * by a report with a higher ledger version.
 */
@Entity
@Table(name = "cohort_seat_statistics")
public class CohortSeatStatistics {

    @Id
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "ledger_version")
    public long ledgerVersion;

    public int confirmed;

    public int waitlisted;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "by_municipality")
    public List<Taken> byMunicipality = new ArrayList<>();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Seats one municipality holds in the cohort. */
    public record Taken(String municipalityCode, int confirmed, int waitlisted) {
    }
}
