-- scenario-service schema. Flyway owns it; Hibernate only validates.

-- What this service knows of events (from leadership.events.v1) and of who attends them (from
-- leadership.registrations.v1). Consumers of both topics lock the event's row first, so a
-- workshop created for an event and a registration arriving at the same time cannot miss
-- each other.
CREATE TABLE event_replica (
    event_id   uuid   PRIMARY KEY,
    version    bigint NOT NULL DEFAULT -1,
    title      text,
    status     text,
    organisers jsonb  NOT NULL DEFAULT '[]'::jsonb
);

CREATE TABLE attendee (
    event_id          uuid   NOT NULL REFERENCES event_replica (event_id),
    participant_id    uuid   NOT NULL,
    municipality_code text   NOT NULL,
    status            text   NOT NULL,
    ledger_version    bigint NOT NULL,
    PRIMARY KEY (event_id, participant_id)
);

CREATE TABLE workshop (
    id             uuid        PRIMARY KEY,
    title          text        NOT NULL,
    event_id       uuid,
    session_id     uuid,
    organisers     jsonb       NOT NULL DEFAULT '[]'::jsonb,
    facilitators   jsonb       NOT NULL DEFAULT '[]'::jsonb,
    phase          text        NOT NULL CHECK (phase IN ('SETUP', 'FOCAL_QUESTION', 'DRIVERS', 'RATING', 'AXES',
                                                         'SCENARIOS', 'STRATEGIES', 'COMPLETED')),
    phase_deadline timestamptz,
    cancelled_at   timestamptz,
    dot_budget     int         NOT NULL CHECK (dot_budget BETWEEN 0 AND 20),
    min_ratings    int         NOT NULL CHECK (min_ratings BETWEEN 1 AND 50),
    version        bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
-- one workshop per scenario-cross session, however often the event is published
CREATE UNIQUE INDEX workshop_session ON workshop (event_id, session_id) WHERE session_id IS NOT NULL;
CREATE INDEX workshop_event ON workshop (event_id);

CREATE TABLE workshop_group (
    id                    uuid    PRIMARY KEY,
    workshop_id           uuid    NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    name                  text    NOT NULL,
    position              int     NOT NULL,
    focal_question        text,
    horizon               text,
    horizontal_driver_id  uuid,
    horizontal_low_pole   text,
    horizontal_high_pole  text,
    vertical_driver_id    uuid,
    vertical_low_pole     text,
    vertical_high_pole    text,
    votes_revealed        boolean NOT NULL DEFAULT false,
    version               bigint  NOT NULL,
    UNIQUE (workshop_id, position)
);

CREATE TABLE member (
    id                uuid    PRIMARY KEY,
    workshop_id       uuid    NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    participant_id    uuid    NOT NULL,
    municipality_code text,
    display_name      text,
    group_id          uuid    REFERENCES workshop_group (id) ON DELETE SET NULL,
    active            boolean NOT NULL DEFAULT true,
    UNIQUE (workshop_id, participant_id)
);
CREATE INDEX member_participant ON member (participant_id);

CREATE TABLE driver (
    id             uuid        PRIMARY KEY,
    group_id       uuid        NOT NULL REFERENCES workshop_group (id) ON DELETE CASCADE,
    title          text        NOT NULL,
    description    text,
    category       text        NOT NULL CHECK (category IN ('SOCIAL', 'TECHNOLOGICAL', 'ECONOMIC', 'ENVIRONMENTAL', 'POLITICAL')),
    author_id      uuid,
    merged_into    uuid        REFERENCES driver (id),
    rating_version bigint      NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    version        bigint      NOT NULL
);
CREATE INDEX driver_group ON driver (group_id, created_at);

-- One rating per person and driver; re-rating replaces it.
CREATE TABLE rating (
    driver_id      uuid        NOT NULL REFERENCES driver (id) ON DELETE CASCADE,
    participant_id uuid        NOT NULL,
    impact         int         NOT NULL CHECK (impact BETWEEN 1 AND 5),
    uncertainty    int         NOT NULL CHECK (uncertainty BETWEEN 1 AND 5),
    rated_at       timestamptz NOT NULL,
    PRIMARY KEY (driver_id, participant_id)
);

-- Dot votes: a person spreads their budget over the group's drivers.
CREATE TABLE vote (
    group_id       uuid NOT NULL REFERENCES workshop_group (id) ON DELETE CASCADE,
    participant_id uuid NOT NULL,
    driver_id      uuid NOT NULL REFERENCES driver (id) ON DELETE CASCADE,
    dots           int  NOT NULL CHECK (dots > 0),
    PRIMARY KEY (group_id, participant_id, driver_id)
);

CREATE TABLE scenario (
    id               uuid   PRIMARY KEY,
    group_id         uuid   NOT NULL REFERENCES workshop_group (id) ON DELETE CASCADE,
    quadrant         text   NOT NULL CHECK (quadrant IN ('NE', 'NW', 'SW', 'SE')),
    horizontal_pole  text   NOT NULL,
    vertical_pole    text   NOT NULL,
    name             text   NOT NULL,
    narrative        text,
    implications     jsonb  NOT NULL DEFAULT '[]'::jsonb,
    early_indicators jsonb  NOT NULL DEFAULT '[]'::jsonb,
    version          bigint NOT NULL,
    UNIQUE (group_id, quadrant)
);

CREATE TABLE strategy (
    id          uuid        PRIMARY KEY,
    group_id    uuid        NOT NULL REFERENCES workshop_group (id) ON DELETE CASCADE,
    title       text        NOT NULL,
    description text,
    author_id   uuid,
    created_at  timestamptz NOT NULL,
    version     bigint      NOT NULL
);

CREATE TABLE strategy_assessment (
    strategy_id uuid NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    quadrant    text NOT NULL CHECK (quadrant IN ('NE', 'NW', 'SW', 'SE')),
    verdict     text NOT NULL CHECK (verdict IN ('HOLDS', 'PARTLY', 'FAILS')),
    PRIMARY KEY (strategy_id, quadrant)
);
