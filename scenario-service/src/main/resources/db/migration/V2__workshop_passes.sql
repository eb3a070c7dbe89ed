-- Browsers in the room: a workshop's join code, and the passes (short-lived tokens this service
-- signs) handed out with it to participants' phones and to the projector.
ALTER TABLE workshop ADD COLUMN join_code text UNIQUE;

CREATE TABLE workshop_pass (
    id          uuid        PRIMARY KEY,
    workshop_id uuid        NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    kind        text        NOT NULL CHECK (kind IN ('PARTICIPANT', 'VIEWER')),
    -- the member a participant's pass seats; none for a projector's
    member_id   uuid        REFERENCES member (id) ON DELETE CASCADE,
    issued_at   timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz,
    CHECK ((kind = 'PARTICIPANT') = (member_id IS NOT NULL))
);
CREATE INDEX workshop_pass_workshop ON workshop_pass (workshop_id, issued_at);
CREATE INDEX workshop_pass_member ON workshop_pass (member_id) WHERE revoked_at IS NULL;
