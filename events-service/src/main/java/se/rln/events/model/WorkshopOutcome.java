package se.rln.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What a scenario-cross workshop of an event produced, as scenario-service announced it. */
@Entity
@Table(name = "workshop_outcome")
public class WorkshopOutcome {

    @Id
    @Column(name = "workshop_id")
    public UUID workshopId;

    @Column(name = "event_id")
    public UUID eventId;

    public long version;

    public String title;

    /** The groups' focal questions, axes, scenarios and strategies, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String groups;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
}
