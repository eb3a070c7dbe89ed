package se.rln.participants.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The replica of a cohort of a programme and its seat ledger. The row is the cohort's capacity
 * guard: every enrolment decision holds its lock, taken before any of its days' locks.
 */
@Entity
@Table(name = "cohort_seats")
public class CohortSeats {

    @Id
    @Column(name = "cohort_id")
    public UUID cohortId;

    @Column(name = "cohort_version")
    public long cohortVersion;

    @Column(name = "programme_id")
    public UUID programmeId;

    @Column(name = "programme_title")
    public String programmeTitle;

    /** The programme's owner: its coordinators manage the cohort's enrolments. */
    @Column(name = "owner_organisation_id")
    public UUID ownerOrganisationId;

    /** Days to attend to complete the programme; null: every day of the cohort that took place. */
    @Column(name = "completion_minimum_days")
    public Integer completionMinimumDays;

    public String name;

    public int capacity;

    public int confirmed;

    public int waitlisted;

    /** Incremented with every enrolment change; carried by every enrolment CloudEvent. */
    @Column(name = "ledger_version")
    public long ledgerVersion;

    public boolean deleted;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
