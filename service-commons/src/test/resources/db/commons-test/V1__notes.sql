-- Fixture tables of service-commons' own tests.
CREATE TABLE note (
    id         uuid PRIMARY KEY,
    text       text NOT NULL,
    version    bigint NOT NULL DEFAULT 0
);

CREATE TABLE note_line (
    note_id    uuid NOT NULL,
    position   int NOT NULL,
    line       text NOT NULL,
    PRIMARY KEY (note_id, position)
);
