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
 * How many seats of an event are taken, as participants-service last reported it. Replaced
 * only by a report with a higher ledger version, so a late or replayed report never rolls the
 * numbers back.
 */
@Entity
@Table(name = "seat_statistics")
public class SeatStatistics {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "ledger_version")
    public long ledgerVersion;

    public int confirmed;

    public int waitlisted;

    public int attended;

    @Column(name = "no_show")
    public int noShow;

    public int cancelled;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "by_municipality")
    public List<MunicipalitySeats> byMunicipality = new ArrayList<>();

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
