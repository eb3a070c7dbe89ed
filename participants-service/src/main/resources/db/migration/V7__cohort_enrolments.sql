-- Programmes with cohorts: a person is enrolled in a cohort once and thereby registered on each
-- of its coming days. The cohort's seat ledger decides (same rules as an event's: allotments,
-- open pool, waitlist); each day's registration mirrors the enrolment's status.
ALTER TABLE event_seats ADD COLUMN cohort_id uuid;
CREATE INDEX event_seats_cohort ON event_seats (cohort_id, starts_at);

-- Replica of each cohort (from leadership.events.v1) and its seat ledger; every enrolment
-- decision locks the cohort's row, before any of its days' rows.
CREATE TABLE cohort_seats (
    cohort_id               uuid        PRIMARY KEY,
    cohort_version          bigint      NOT NULL,
    programme_id            uuid        NOT NULL,
    programme_title         text        NOT NULL,
    owner_organisation_id   uuid        NOT NULL,
    completion_minimum_days int,
    name                    text        NOT NULL,
    capacity                int         NOT NULL CHECK (capacity >= 0),
    confirmed               int         NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
    waitlisted              int         NOT NULL DEFAULT 0 CHECK (waitlisted >= 0),
    ledger_version          bigint      NOT NULL DEFAULT 0,
    deleted                 boolean     NOT NULL DEFAULT false,
    updated_at              timestamptz NOT NULL
);

CREATE TABLE cohort_municipality_seats (
    cohort_id         uuid NOT NULL REFERENCES cohort_seats (cohort_id) ON DELETE CASCADE,
    municipality_code text NOT NULL,
    allotted          int  NOT NULL DEFAULT 0 CHECK (allotted >= 0),
    confirmed         int  NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
    waitlisted        int  NOT NULL DEFAULT 0 CHECK (waitlisted >= 0),
    PRIMARY KEY (cohort_id, municipality_code)
);

CREATE TABLE enrolment (
    id                uuid        PRIMARY KEY,
    cohort_id         uuid        NOT NULL REFERENCES cohort_seats (cohort_id),
    programme_id      uuid        NOT NULL,
    participant_id    uuid        NOT NULL REFERENCES participant (id),
    municipality_code text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    source            text        NOT NULL CHECK (source IN ('COORDINATOR', 'MUNICIPAL_SYNC', 'SELF')),
    cancelled_by      text,
    moved_to          uuid        REFERENCES enrolment (id) DEFERRABLE INITIALLY DEFERRED,
    waitlist_position bigint,
    enrolled_at       timestamptz NOT NULL,
    status_changed_at timestamptz NOT NULL,
    version           bigint      NOT NULL
);
-- one live enrolment per person and programme: another cohort is a move
CREATE UNIQUE INDEX enrolment_live ON enrolment (programme_id, participant_id) WHERE status <> 'CANCELLED';
CREATE INDEX enrolment_waitlist ON enrolment (cohort_id, waitlist_position) WHERE status = 'WAITLISTED';
CREATE INDEX enrolment_cohort ON enrolment (cohort_id, enrolled_at, id);
CREATE INDEX enrolment_participant ON enrolment (participant_id);

ALTER TABLE registration ADD COLUMN enrolment_id uuid REFERENCES enrolment (id);
CREATE INDEX registration_enrolment ON registration (enrolment_id);
