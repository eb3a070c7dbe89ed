-- Programmes as municipalities run them: a programme has cohorts (Grupp 1, 2, 3), each with
-- its own seats; a cohort's days are ordinary events that take their seats from the cohort.
ALTER TABLE programme ADD COLUMN completion_minimum_days int CHECK (completion_minimum_days > 0);

CREATE TABLE cohort (
    id           uuid        PRIMARY KEY,
    programme_id uuid        NOT NULL REFERENCES programme (id),
    name         text        NOT NULL,
    capacity     int         NOT NULL CHECK (capacity > 0),
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE UNIQUE INDEX cohort_name_unique ON cohort (programme_id, lower(name));

CREATE TABLE cohort_seat_allotment (
    cohort_id         uuid NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    municipality_code text NOT NULL,
    seats             int  NOT NULL CHECK (seats > 0),
    PRIMARY KEY (cohort_id, municipality_code)
);

ALTER TABLE event ADD COLUMN cohort_id uuid REFERENCES cohort (id);
CREATE INDEX event_cohort ON event (cohort_id, starts_at);
