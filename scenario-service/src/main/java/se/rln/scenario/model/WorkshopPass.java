package se.rln.scenario.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A pass into one workshop, handed to a browser with the workshop's join code (a participant) or
 * by its facilitator (a projector): the token this service signs for it carries the pass's id, and
 * counts only while the pass is neither expired nor revoked.
 */
@Entity
@Table(name = "workshop_pass")
public class WorkshopPass {

    @Id
    public UUID id;

    @Column(name = "workshop_id")
    public UUID workshopId;

    @Enumerated(EnumType.STRING)
    public PassKind kind;

    /** The member a participant's pass seats; {@code null} for a viewer. */
    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    public boolean valid(OffsetDateTime now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
