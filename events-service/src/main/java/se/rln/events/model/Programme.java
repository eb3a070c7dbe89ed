package se.rln.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A series of events for one audience, e.g. "Salutogent ledarskap 2014/15". */
@Entity
public class Programme {

    @Id
    public UUID id;

    public String title;

    public String description;

    public String audience;

    /** Days a participant must attend to complete the programme; null: every day of their cohort that took place. */
    @Column(name = "completion_minimum_days")
    public Integer completionMinimumDays;

    @Column(name = "owner_organisation_id")
    public UUID ownerOrganisationId;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
