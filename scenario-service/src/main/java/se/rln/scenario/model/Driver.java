package se.rln.scenario.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A driving force or trend a group collected. A merged duplicate points at the driver it joined. */
@Entity
public class Driver {

    @Id
    public UUID id;

    @Column(name = "group_id")
    public UUID groupId;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public SteepCategory category;

    @Column(name = "author_id")
    public UUID authorId;

    @Column(name = "merged_into")
    public UUID mergedInto;

    /** +1 per change of its ratings, so aggregates on the stream can be ordered. */
    @Column(name = "rating_version")
    public long ratingVersion;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
