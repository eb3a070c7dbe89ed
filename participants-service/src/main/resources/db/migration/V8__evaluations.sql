-- Evaluations of a day: a few 1-5 questions and free text, opened by the organisers after the
-- day; each registered participant answers once. Answers are kept with their respondent only so
-- that they can be erased with the person; no result ever shows who answered what.
CREATE TABLE evaluation (
    event_id   uuid        PRIMARY KEY REFERENCES event_seats (event_id),
    questions  jsonb       NOT NULL,
    opened_at  timestamptz NOT NULL,
    closes_at  timestamptz,
    version    bigint      NOT NULL
);

CREATE TABLE evaluation_answer (
    event_id       uuid NOT NULL REFERENCES evaluation (event_id),
    participant_id uuid NOT NULL REFERENCES participant (id),
    answers        jsonb NOT NULL,
    answered_on    date NOT NULL,
    PRIMARY KEY (event_id, participant_id)
);
CREATE INDEX evaluation_answer_participant ON evaluation_answer (participant_id);
