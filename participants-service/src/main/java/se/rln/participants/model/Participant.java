package se.rln.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A manager (or future manager) of a municipality. Minimal personal data; no personnummer. */
@Entity
public class Participant {

    @Id
    public UUID id;

    @Column(name = "municipality_code")
    public String municipalityCode;

    /** The person's id in the municipality's HR system. */
    @Column(name = "external_id")
    public String externalId;

    @Column(name = "given_name")
    public String givenName;

    @Column(name = "family_name")
    public String familyName;

    public String email;

    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "manager_level")
    public ManagerLevel managerLevel;

    @Column(name = "erased_at")
    public OffsetDateTime erasedAt;

    @Column(name = "last_activity_at")
    public OffsetDateTime lastActivityAt;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
