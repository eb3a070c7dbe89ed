-- events-service schema. Flyway owns it; Hibernate only validates.

CREATE TABLE organisation (
    id                uuid        PRIMARY KEY,
    name              text        NOT NULL,
    kind              text        NOT NULL CHECK (kind IN ('REGION', 'MUNICIPALITY', 'ASSOCIATION', 'UNIVERSITY', 'COMPANY')),
    municipality_code text,
    county_code       text,
    website           text,
    version           bigint      NOT NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    CHECK (kind <> 'MUNICIPALITY' OR municipality_code IS NOT NULL)
);
CREATE UNIQUE INDEX organisation_name_unique ON organisation (lower(name));
CREATE INDEX organisation_sort ON organisation (name, id);

CREATE TABLE programme (
    id                    uuid        PRIMARY KEY,
    title                 text        NOT NULL,
    description           text,
    audience              text,
    owner_organisation_id uuid        NOT NULL REFERENCES organisation (id),
    version               bigint      NOT NULL,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL
);
CREATE INDEX programme_sort ON programme (title, id);
CREATE INDEX programme_owner ON programme (owner_organisation_id);

CREATE TABLE event (
    id                     uuid        PRIMARY KEY,
    title                  text        NOT NULL,
    theme                  text,
    description            text,
    host_organisation_id   uuid        NOT NULL REFERENCES organisation (id),
    programme_id           uuid        REFERENCES programme (id),
    region_code            text        NOT NULL,
    venue_name             text,
    venue_address          text,
    venue_city             text,
    starts_at              timestamptz NOT NULL,
    ends_at                timestamptz NOT NULL,
    capacity               int         NOT NULL CHECK (capacity > 0),
    audience               text,
    registration_opens_at  timestamptz,
    registration_closes_at timestamptz,
    resource_links         jsonb       NOT NULL DEFAULT '[]'::jsonb,
    status                 text        NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'REGISTRATION_CLOSED', 'COMPLETED', 'CANCELLED')),
    cancellation_reason    text,
    version                bigint      NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX event_sort ON event (starts_at, id);
CREATE INDEX event_host ON event (host_organisation_id);
CREATE INDEX event_programme ON event (programme_id);
CREATE INDEX event_region ON event (region_code);

CREATE TABLE event_co_host (
    event_id        uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (event_id, organisation_id)
);
CREATE INDEX event_co_host_organisation ON event_co_host (organisation_id);

CREATE TABLE event_seat_allotment (
    event_id          uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    municipality_code text NOT NULL,
    seats             int  NOT NULL CHECK (seats > 0),
    PRIMARY KEY (event_id, municipality_code)
);
CREATE INDEX event_seat_allotment_municipality ON event_seat_allotment (municipality_code);

CREATE TABLE agenda_session (
    id                 uuid        PRIMARY KEY,
    event_id           uuid        NOT NULL REFERENCES event (id) ON DELETE CASCADE,
    kind               text        NOT NULL CHECK (kind IN ('TALK', 'DIALOGUE', 'SCENARIO_CROSS_WORKSHOP', 'BREAK', 'NETWORKING')),
    title              text        NOT NULL,
    description        text,
    starts_at          timestamptz NOT NULL,
    ends_at            timestamptz NOT NULL,
    room               text,
    parallel_group     text,
    speakers           jsonb       NOT NULL DEFAULT '[]'::jsonb,
    dialogue_questions jsonb       NOT NULL DEFAULT '[]'::jsonb,
    version            bigint      NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX agenda_session_event ON agenda_session (event_id, starts_at);
