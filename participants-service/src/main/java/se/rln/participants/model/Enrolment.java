package se.rln.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A person's place in a cohort of a programme: one enrolment for every day. While it is live,
 * the person has a registration with the same status on each of the cohort's coming days.
 */
@Entity
@DynamicUpdate
public class Enrolment implements RosterEntry {

    @Id
    public UUID id;

    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    public EnrolmentStatus status;

    @Enumerated(EnumType.STRING)
    public RegistrationSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_by")
    public Cancellation cancelledBy;

    /** The enrolment in another cohort this one was moved to. */
    @Column(name = "moved_to")
    public UUID movedTo;

    /** Place in the cohort's waitlist while WAITLISTED: lower is earlier (the registrations' sequence). */
    @Column(name = "waitlist_position")
    public Long waitlistPosition;

    @Column(name = "enrolled_at")
    public OffsetDateTime enrolledAt;

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
        return enrolledAt;
    }
}
