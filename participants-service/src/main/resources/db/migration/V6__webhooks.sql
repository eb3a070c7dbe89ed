-- Webhooks (service-commons se.rln.commons.webhooks): who hears which changes, and every change
-- on its way to each of them. Deliveries are written in the change's own transaction.
CREATE TABLE webhook_subscription (
    id              uuid        PRIMARY KEY,
    scope           text        NOT NULL,   -- what it hears: municipality:<code> or event:<id>
    owner           text        NOT NULL,   -- who manages it: municipality:<code>, organisation:<id> or admin
    url             text        NOT NULL,
    secret          text        NOT NULL,   -- needed to sign, so kept (not hashed); never read back by the API
    types           jsonb       NOT NULL,   -- CloudEvent types; [] = every type
    description     text,
    status          text        NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
    disabled_reason text,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX webhook_subscription_scope ON webhook_subscription (scope) WHERE status = 'ACTIVE';
CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner, created_at);

CREATE TABLE webhook_delivery (
    id              uuid        PRIMARY KEY,   -- the webhook-id of every attempt
    subscription_id uuid        NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    type            text        NOT NULL,
    payload         jsonb       NOT NULL,      -- the structured CloudEvent
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    delivered_at    timestamptz
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_of ON webhook_delivery (subscription_id, created_at DESC, id DESC);

CREATE TABLE webhook_attempt (
    delivery_id  uuid        NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt      int         NOT NULL,
    attempted_at timestamptz NOT NULL,
    status_code  int,
    error        text,
    duration_ms  int         NOT NULL,
    PRIMARY KEY (delivery_id, attempt)
);
