package se.rln.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A participant's place on an event: confirmed, waitlisted (FIFO by position), cancelled, attended, no-show. */
@Entity
public class Registration implements RosterEntry {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    public RegistrationStatus status;

    @Enumerated(EnumType.STRING)
    public RegistrationSource source;

    /** The cohort enrolment this registration is one day of; null for a registration of its own. */
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    /** Who cancelled it; null while it is not cancelled (and for cancellations before this was kept). */
    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    public Cancellation cancelledBy;

    /** Place in the waitlist while WAITLISTED: lower is earlier. */
    @Column(name = "waitlist_position")
    public Long waitlistPosition;

    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;

    @Column(name = "status_changed_at")
    public OffsetDateTime statusChangedAt;

    @Version
    public long version;

    @Override
    public UUID holder() {
        return participantId;
    }

    @Override
    public boolean holds() {
        return status.live();
    }

    @Override
    public OffsetDateTime since() {
        return registeredAt;
    }
}
