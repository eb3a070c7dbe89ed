-- Outcomes of the scenario-cross workshops of events (workshop.completed on
-- leadership.workshops.v1): kept as scenario-service sent them, newest version per workshop.
CREATE TABLE workshop_outcome (
    workshop_id  uuid        PRIMARY KEY,
    event_id     uuid        NOT NULL,
    version      bigint      NOT NULL,
    title        text        NOT NULL,
    groups       jsonb       NOT NULL,
    completed_at timestamptz NOT NULL
);
CREATE INDEX workshop_outcome_event ON workshop_outcome (event_id, completed_at);
