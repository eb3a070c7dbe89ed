-- Seat statistics per event, a replica of participants-service's seat ledger fed by
-- leadership.registrations.v1. Counts only: no personal data.
CREATE TABLE seat_statistics (
    event_id        uuid        PRIMARY KEY REFERENCES event (id) ON DELETE CASCADE,
    ledger_version  bigint      NOT NULL,
    confirmed       int         NOT NULL,
    waitlisted      int         NOT NULL,
    attended        int         NOT NULL,
    no_show         int         NOT NULL,
    cancelled       int         NOT NULL,
    by_municipality jsonb       NOT NULL DEFAULT '[]'::jsonb,
    updated_at      timestamptz NOT NULL
);
