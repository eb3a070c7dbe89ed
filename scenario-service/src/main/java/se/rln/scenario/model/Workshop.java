package se.rln.scenario.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A scenario-cross workshop, standalone or bound to an event's workshop session. */
@Entity
public class Workshop {

    @Id
    public UUID id;

    public String title;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "session_id")
    public UUID sessionId;

    /** Organisations whose coordinators run it (the event's host and co-hosts). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<UUID> organisers = new ArrayList<>();

    /** Token subjects of the facilitators. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> facilitators = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Phase phase;

    @Column(name = "phase_deadline")
    public OffsetDateTime phaseDeadline;

    /** What people in the room type (or scan) to join from their phones; {@code null} while joining is closed. */
    @Column(name = "join_code")
    public String joinCode;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    @Column(name = "dot_budget")
    public int dotBudget;

    /** Ratings a driver needs before it counts as rated for the AXES guard. */
    @Column(name = "min_ratings")
    public int minRatings;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
