-- participants-service schema. Flyway owns it; Hibernate only validates.

-- Replica of each event (from leadership.events.v1) and its seat ledger. Every seat decision
-- locks the event's row (SELECT ... FOR UPDATE), so concurrent requests and instances decide
-- one after another and can never overbook.
CREATE TABLE event_seats (
    event_id               uuid        PRIMARY KEY,
    event_version          bigint      NOT NULL,
    title                  text        NOT NULL,
    status                 text        NOT NULL,
    organisers             jsonb       NOT NULL DEFAULT '[]'::jsonb,
    programme_id           uuid,
    starts_at              timestamptz NOT NULL,
    ends_at                timestamptz NOT NULL,
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    capacity               int         NOT NULL CHECK (capacity >= 0),
    confirmed              int         NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
    waitlisted             int         NOT NULL DEFAULT 0 CHECK (waitlisted >= 0),
    ledger_version         bigint      NOT NULL DEFAULT 0,
    updated_at             timestamptz NOT NULL
);

-- Seats per municipality of an event: allotted (reserved) seats and the counts.
CREATE TABLE municipality_seats (
    event_id          uuid NOT NULL REFERENCES event_seats (event_id) ON DELETE CASCADE,
    municipality_code text NOT NULL,
    allotted          int  NOT NULL DEFAULT 0 CHECK (allotted >= 0),
    confirmed         int  NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
    waitlisted        int  NOT NULL DEFAULT 0 CHECK (waitlisted >= 0),
    attended          int  NOT NULL DEFAULT 0 CHECK (attended >= 0),
    no_show           int  NOT NULL DEFAULT 0 CHECK (no_show >= 0),
    cancelled         int  NOT NULL DEFAULT 0 CHECK (cancelled >= 0),
    PRIMARY KEY (event_id, municipality_code)
);

-- People, with the minimum a leadership day needs. No personnummer, nothing sensitive.
CREATE TABLE participant (
    id                uuid        PRIMARY KEY,
    municipality_code text        NOT NULL,
    external_id       text,
    given_name        text        NOT NULL,
    family_name       text        NOT NULL,
    email             text        NOT NULL,
    title             text,
    manager_level     text        CHECK (manager_level IN ('ASPIRING', 'FIRST_LINE', 'MIDDLE', 'SENIOR', 'EXECUTIVE')),
    erased_at         timestamptz,
    last_activity_at  timestamptz NOT NULL,
    version           bigint      NOT NULL,
    created_at        timestamptz NOT NULL
);
CREATE UNIQUE INDEX participant_external_id ON participant (municipality_code, external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX participant_email ON participant (municipality_code, lower(email)) WHERE erased_at IS NULL;

CREATE SEQUENCE waitlist_position;

CREATE TABLE registration (
    id                uuid        PRIMARY KEY,
    event_id          uuid        NOT NULL REFERENCES event_seats (event_id),
    participant_id    uuid        NOT NULL REFERENCES participant (id),
    municipality_code text        NOT NULL,
    status            text        NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW')),
    source            text        NOT NULL CHECK (source IN ('COORDINATOR', 'MUNICIPAL_SYNC', 'SELF')),
    waitlist_position bigint,
    registered_at     timestamptz NOT NULL,
    status_changed_at timestamptz NOT NULL,
    version           bigint      NOT NULL
);
-- one live registration per person and event
CREATE UNIQUE INDEX registration_live ON registration (event_id, participant_id) WHERE status <> 'CANCELLED';
CREATE INDEX registration_waitlist ON registration (event_id, waitlist_position) WHERE status = 'WAITLISTED';
CREATE INDEX registration_event ON registration (event_id, registered_at, id);
CREATE INDEX registration_participant ON registration (participant_id);
