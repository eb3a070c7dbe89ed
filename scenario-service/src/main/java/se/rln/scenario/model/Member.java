package se.rln.scenario.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.DynamicUpdate;
import jakarta.persistence.Id;
import java.util.UUID;

/**
 * A participant of a workshop: from the event's registrations, or added by the facilitator.
 * Updates write only the columns that changed: a registration change setting {@code active} must
 * never write back a display name that an erasure cleared meanwhile.
 */
@Entity
@DynamicUpdate
public class Member {

    @Id
    public UUID id;

    @Column(name = "workshop_id")
    public UUID workshopId;

    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "municipality_code")
    public String municipalityCode;

    /** What the room calls them; gone when the person is erased. */
    @Column(name = "display_name")
    public String displayName;

    @Column(name = "group_id")
    public UUID groupId;

    /** False once their registration is cancelled; their contributions stay. */
    public boolean active;
}
