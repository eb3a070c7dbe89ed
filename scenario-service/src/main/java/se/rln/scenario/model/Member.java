package se.rln.scenario.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A participant of a workshop: from the event's registrations, or added by the facilitator. */
@Entity
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
