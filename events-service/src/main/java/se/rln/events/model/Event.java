package se.rln.events.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A regional event: a leadership day or one meeting of a programme. */
@Entity
@Table(name = "event")
public class Event {

    @Id
    public UUID id;

    public String title;

    public String theme;

    public String description;

    @Column(name = "host_organisation_id")
    public UUID hostOrganisationId;

    @ElementCollection
    @CollectionTable(name = "event_co_host", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "organisation_id")
    public Set<UUID> coHostOrganisationIds = new LinkedHashSet<>();

    @Column(name = "programme_id")
    public UUID programmeId;

    /** The cohort whose day this is; its seats are the cohort's. Null for a day of its own. */
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "region_code")
    public String regionCode;

    @Embedded
    public Venue venue = new Venue();

    @Column(name = "starts_at")
    public OffsetDateTime startsAt;

    @Column(name = "ends_at")
    public OffsetDateTime endsAt;

    public int capacity;

    @ElementCollection
    @CollectionTable(name = "event_seat_allotment", joinColumns = @JoinColumn(name = "event_id"))
    @OrderBy("municipalityCode")
    public List<SeatAllotment> seatAllotments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "overbooking_policy")
    public OverbookingPolicy overbookingPolicy = OverbookingPolicy.KEEP;

    public String audience;

    @Column(name = "registration_opens_at")
    public OffsetDateTime registrationOpensAt;

    @Column(name = "registration_closes_at")
    public OffsetDateTime registrationClosesAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "resource_links")
    public List<ResourceLink> resourceLinks = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @OneToMany(mappedBy = "event")
    @OrderBy("startsAt, id")
    public List<AgendaSession> sessions = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Whether {@code organisation} hosts or co-hosts this event. */
    public boolean organisedBy(UUID organisation) {
        return organisation != null
                && (organisation.equals(hostOrganisationId) || coHostOrganisationIds.contains(organisation));
    }
}
