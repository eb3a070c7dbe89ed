package se.rln.scenario.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What this service keeps of an event: its organisers and status. */
@Entity
@Table(name = "event_replica")
public class EventReplica {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    public long version;

    public String title;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<UUID> organisers = new ArrayList<>();
}
