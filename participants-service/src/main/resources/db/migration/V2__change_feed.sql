-- What changed for a municipality's people, in commit order per municipality, for municipal
-- systems to pull with a cursor (the seq). Written with the change, in its transaction.
CREATE TABLE registration_change (
    seq               bigserial   PRIMARY KEY,
    municipality_code text        NOT NULL,
    event_id          uuid        NOT NULL,
    registration_id   uuid        NOT NULL,
    participant_id    uuid        NOT NULL,
    change            text        NOT NULL,
    status            text        NOT NULL,
    occurred_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX registration_change_feed ON registration_change (municipality_code, seq);
CREATE INDEX registration_change_age ON registration_change (occurred_at);

-- Changes older than the retention are deleted; cursors before this seq are expired (410).
CREATE TABLE change_feed_horizon (
    id  int    PRIMARY KEY CHECK (id = 1),
    seq bigint NOT NULL
);
INSERT INTO change_feed_horizon VALUES (1, 0);
