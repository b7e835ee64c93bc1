-- Subscriptions: one per business, as the payment provider (Stripe) last reported it.

CREATE TABLE subscriptions (
    business_id            uuid          PRIMARY KEY REFERENCES businesses (id) ON DELETE CASCADE,
    plan_code              varchar(64)   NOT NULL CHECK (length(btrim(plan_code)) > 0),
    status                 varchar(24)   NOT NULL
        CHECK (status IN ('trialing', 'active', 'past_due', 'canceled', 'incomplete', 'incomplete_expired',
                          'unpaid', 'paused')),
    stripe_customer_id     varchar(255)  CHECK (length(btrim(stripe_customer_id)) > 0),
    stripe_subscription_id varchar(255)  UNIQUE CHECK (length(btrim(stripe_subscription_id)) > 0),
    current_period_start   timestamptz,
    current_period_end     timestamptz,
    cancel_at_period_end   boolean       NOT NULL DEFAULT false,
    past_due_since         timestamptz,
    -- Stripe's `created` of the newest event applied: an older event is stale
    state_as_of            timestamptz,
    updated_at             timestamptz   NOT NULL,
    version                bigint        NOT NULL DEFAULT 0,
    CONSTRAINT subscriptions_period_check
        CHECK ((current_period_start IS NULL) = (current_period_end IS NULL)
               AND (current_period_start IS NULL OR current_period_start < current_period_end)),
    CONSTRAINT subscriptions_past_due_check CHECK ((status = 'past_due') = (past_due_since IS NOT NULL))
);

CREATE INDEX subscriptions_stripe_customer_id_idx ON subscriptions (stripe_customer_id);
