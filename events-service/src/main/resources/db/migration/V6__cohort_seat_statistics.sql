-- Seats taken in each cohort, a replica of participants-service's cohort ledger fed by the
-- enrolment.* records of leadership.registrations.v1. Counts only: no personal data.
CREATE TABLE cohort_seat_statistics (
    cohort_id       uuid        PRIMARY KEY REFERENCES cohort (id) ON DELETE CASCADE,
    ledger_version  bigint      NOT NULL,
    confirmed       int         NOT NULL,
    waitlisted      int         NOT NULL,
    by_municipality jsonb       NOT NULL DEFAULT '[]'::jsonb,
    updated_at      timestamptz NOT NULL
);
