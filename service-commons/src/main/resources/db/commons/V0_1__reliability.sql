-- Reliability tables shared by every service (service-commons). Each service's Flyway runs
-- db/commons before its own db/migration, so version numbers here stay below 1.

-- Transactional outbox. Column names follow Debezium's outbox event router so that the
-- relay could later be replaced by change-data-capture without touching producers.
CREATE TABLE outbox (
    id             uuid        PRIMARY KEY,
    seq            bigserial   NOT NULL UNIQUE,
    aggregate_type text        NOT NULL,
    aggregate_id   text        NOT NULL,
    type           text        NOT NULL,
    topic          text        NOT NULL,
    payload        jsonb       NOT NULL,
    headers        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    "timestamp"    timestamptz NOT NULL DEFAULT now()
);

-- Idempotent consumers: one row per (consumer, CloudEvent id), written in the same
-- transaction as the effect of the event.
CREATE TABLE processed_event (
    consumer     text        NOT NULL,
    event_id     text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Idempotency-Key on creates: the first response is stored and replayed.
CREATE TABLE idempotency_key (
    scope           text        NOT NULL,
    idem_key        text        NOT NULL,
    request_hash    text        NOT NULL,
    response_status int,
    response_body   jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, idem_key)
);
CREATE INDEX idempotency_key_created_at ON idempotency_key (created_at);
