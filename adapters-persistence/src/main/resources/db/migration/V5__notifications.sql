-- Owner notifications: an outbox written in the transaction of what it tells about (a message, a
-- metered call, a payment event) and sent by background workers on any server, and the owner's
-- choice of channels per kind of notification.

CREATE TABLE notifications (
    id                 uuid          PRIMARY KEY,
    business_id        uuid          NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    kind               varchar(32)   NOT NULL CHECK (kind IN ('NEW_MESSAGE', 'URGENT_MESSAGE', 'USAGE_ALERT',
                                                              'PAYMENT_FAILED', 'TRIAL_ENDING', 'DAILY_DIGEST')),
    channel            varchar(8)    NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
    recipient          varchar(254)  NOT NULL CHECK (length(btrim(recipient)) > 0),
    subject            varchar(300),
    body_text          text          NOT NULL CHECK (length(btrim(body_text)) > 0),
    body_html          text,
    -- names the occurrence told about (message:<id>:email, usage-80:<period start>:sms, ...): told once
    dedupe_key         varchar(300)  NOT NULL CHECK (length(btrim(dedupe_key)) > 0),
    status             varchar(8)    NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts           integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    -- while PENDING: when a worker may take it next (a claimed one is pushed to the end of its lease)
    next_attempt_at    timestamptz   NOT NULL,
    last_error         varchar(1000),
    created_at         timestamptz   NOT NULL,
    sent_at            timestamptz,
    CONSTRAINT notifications_dedupe_key UNIQUE (business_id, dedupe_key),
    CONSTRAINT notifications_sent_check CHECK ((status = 'SENT') = (sent_at IS NOT NULL))
);

-- the workers' poll: due pending notifications, oldest first
CREATE INDEX notifications_due_idx ON notifications (next_attempt_at) WHERE status = 'PENDING';
-- the owner's list: newest first
CREATE INDEX notifications_business_created_idx ON notifications (business_id, created_at DESC);

CREATE TABLE notification_preferences (
    business_id        uuid          NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    event              varchar(32)   NOT NULL CHECK (event IN ('NEW_MESSAGE', 'URGENT_MESSAGE', 'USAGE_ALERT',
                                                               'PAYMENT_FAILED', 'TRIAL_ENDING', 'DAILY_DIGEST')),
    email              boolean       NOT NULL,
    sms                boolean       NOT NULL,
    updated_at         timestamptz   NOT NULL,
    PRIMARY KEY (business_id, event)
);
