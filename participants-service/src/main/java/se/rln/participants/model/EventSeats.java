package se.rln.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The replica of an event that registration needs (status, window, capacity, organisers),
 * and its seat ledger. The row is the capacity guard: every seat decision holds its lock.
 */
@Entity
@Table(name = "event_seats")
public class EventSeats {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_version")
    public long eventVersion;

    public String title;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    /** Host and co-hosts: their coordinators manage the event's registrations. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<UUID> organisers = new ArrayList<>();

    /** The SCB county the event is for; null when it is for everyone. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "programme_id")
    public UUID programmeId;

    /** The cohort whose day this is: seats are decided by the cohort's ledger, not the day's. */
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    @Column(name = "registration_opens_at")
    public OffsetDateTime registrationOpensAt;

    @Column(name = "registration_closes_at")
    public OffsetDateTime registrationClosesAt;

    public int capacity;

    public int confirmed;

    public int waitlisted;

    /** Incremented with every seat change; carried by every registration CloudEvent. */
    @Column(name = "ledger_version")
    public long ledgerVersion;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Registration is open while published, from its opening until its close, or the event's start without one. */
    public boolean open(OffsetDateTime now) {
        return status == EventStatus.PUBLISHED
                && (registrationOpensAt == null || !now.isBefore(registrationOpensAt))
                && (registrationClosesAt == null ? now.isBefore(startsAt) : !now.isAfter(registrationClosesAt));
    }
}
