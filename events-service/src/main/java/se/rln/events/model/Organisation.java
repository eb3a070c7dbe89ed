package se.rln.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A region, municipality, association, university or company that organises events. */
@Entity
public class Organisation {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "county_code")
    public String countyCode;

    public String website;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
