-- Tavari foundation schema. Every owner-visible row carries business_id; links between rows
-- of one tenant use composite foreign keys (id, business_id) so that a row can never point
-- at another tenant's data.

CREATE TABLE businesses (
    id                 uuid         PRIMARY KEY,
    name               varchar(120) NOT NULL CHECK (length(btrim(name)) > 0),
    phone              varchar(16)  CHECK (phone ~ '^\+[1-9][0-9]{7,14}$'),
    time_zone          varchar(64)  NOT NULL,
    industry           varchar(80),
    address            varchar(300),
    status             varchar(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    created_at         timestamptz  NOT NULL,
    updated_at         timestamptz  NOT NULL,
    version            bigint       NOT NULL DEFAULT 0
);

CREATE TABLE users (
    id                 uuid         PRIMARY KEY,
    business_id        uuid         NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    email              varchar(254) NOT NULL CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
    password_hash      varchar(255) NOT NULL,
    role               varchar(16)  NOT NULL CHECK (role IN ('OWNER')),
    created_at         timestamptz  NOT NULL
);
-- One account per address, whatever the case it was typed in.
CREATE UNIQUE INDEX users_email_ci_key ON users (lower(email));
CREATE INDEX users_business_idx ON users (business_id);

-- Server-side record of issued tokens: logout revokes, and a revoked or expired token is refused.
CREATE TABLE auth_sessions (
    id                 uuid         PRIMARY KEY,
    user_id            uuid         NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    business_id        uuid         NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    created_at         timestamptz  NOT NULL,
    expires_at         timestamptz  NOT NULL,
    revoked_at         timestamptz,
    CHECK (expires_at > created_at)
);
CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id);
CREATE INDEX auth_sessions_expires_idx ON auth_sessions (expires_at);

-- Secrets the server generates once and shares between instances (e.g. the token signing key).
CREATE TABLE server_secrets (
    name               varchar(64)  PRIMARY KEY,
    secret             bytea        NOT NULL CHECK (length(secret) >= 32),
    created_at         timestamptz  NOT NULL
);

CREATE TABLE ai_agents (
    business_id          uuid          PRIMARY KEY REFERENCES businesses (id) ON DELETE CASCADE,
    agent_name           varchar(60)   NOT NULL CHECK (length(btrim(agent_name)) > 0),
    greeting             varchar(500)  NOT NULL CHECK (length(btrim(greeting)) > 0),
    voice                varchar(32)   NOT NULL,
    language             varchar(35)   NOT NULL,
    persona              varchar(2000) NOT NULL DEFAULT '',
    notification_email   varchar(254),
    sms_number           varchar(16)   CHECK (sms_number ~ '^\+[1-9][0-9]{7,14}$'),
    transfer_number      varchar(16)   CHECK (transfer_number ~ '^\+[1-9][0-9]{7,14}$'),
    transfer_when        varchar(24)   NOT NULL DEFAULT 'NEVER'
                                       CHECK (transfer_when IN ('NEVER', 'ALWAYS', 'DURING_OPEN_HOURS')),
    after_hours_action   varchar(24)   NOT NULL DEFAULT 'TAKE_MESSAGE'
                                       CHECK (after_hours_action IN ('TAKE_MESSAGE', 'TRANSFER', 'HOURS_ONLY')),
    saved_steps          varchar(120)  NOT NULL DEFAULT '',
    finalized_at         timestamptz,
    updated_at           timestamptz   NOT NULL,
    version              bigint        NOT NULL DEFAULT 0,
    -- a transfer policy other than NEVER needs somewhere to transfer to
    CHECK (transfer_when = 'NEVER' OR transfer_number IS NOT NULL)
);

CREATE TABLE agent_message_fields (
    business_id        uuid         NOT NULL REFERENCES ai_agents (business_id) ON DELETE CASCADE,
    field              varchar(24)  NOT NULL
                                    CHECK (field IN ('CALLER_NAME', 'CALLBACK_NUMBER', 'REASON', 'URGENCY', 'EMAIL')),
    PRIMARY KEY (business_id, field)
);

CREATE TABLE agent_urgent_keywords (
    business_id        uuid         NOT NULL REFERENCES ai_agents (business_id) ON DELETE CASCADE,
    keyword            varchar(40)  NOT NULL CHECK (length(btrim(keyword)) > 0),
    PRIMARY KEY (business_id, keyword)
);

CREATE TABLE agent_faqs (
    business_id        uuid          NOT NULL REFERENCES ai_agents (business_id) ON DELETE CASCADE,
    position           smallint      NOT NULL CHECK (position BETWEEN 1 AND 5),
    question           varchar(200)  NOT NULL CHECK (length(btrim(question)) > 0),
    answer             varchar(1000) NOT NULL CHECK (length(btrim(answer)) > 0),
    PRIMARY KEY (business_id, position)
);
CREATE UNIQUE INDEX agent_faqs_question_key ON agent_faqs (business_id, lower(question));

-- Weekly opening intervals in the business's time zone; closes <= opens is an overnight span.
CREATE TABLE business_hours (
    business_id        uuid         NOT NULL REFERENCES ai_agents (business_id) ON DELETE CASCADE,
    day_of_week        smallint     NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    opens              time         NOT NULL,
    closes             time         NOT NULL,
    PRIMARY KEY (business_id, day_of_week, opens)
);

CREATE TABLE holiday_closures (
    business_id        uuid         NOT NULL REFERENCES ai_agents (business_id) ON DELETE CASCADE,
    closed_on          date         NOT NULL,
    label              varchar(80),
    PRIMARY KEY (business_id, closed_on)
);

CREATE TABLE call_sessions (
    id                   uuid          PRIMARY KEY,
    business_id          uuid          NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    external_call_id     varchar(128),
    caller_number        varchar(64),
    called_number        varchar(64),
    state                varchar(24)   NOT NULL
                                       CHECK (state IN ('RINGING', 'AUTHORIZED', 'IN_CONVERSATION', 'TRANSFERRING', 'ENDED')),
    outcome              varchar(32)   CHECK (outcome IN ('COMPLETED', 'MESSAGE_TAKEN', 'TRANSFERRED', 'CALLER_HUNG_UP',
                                                          'LIMIT_REACHED', 'AI_FAILURE_FALLBACK', 'REJECTED')),
    intent               varchar(24)   CHECK (intent IN ('HOURS', 'FAQ', 'MESSAGE', 'TRANSFER', 'BOOKING_REQUEST',
                                                         'SPAM_OR_SALES', 'OTHER')),
    summary              varchar(2000),
    started_at           timestamptz   NOT NULL,
    answered_at          timestamptz,
    ended_at             timestamptz,
    max_duration_seconds integer       CHECK (max_duration_seconds > 0),
    duration_seconds     integer       CHECK (duration_seconds >= 0),
    billable_minutes     integer       NOT NULL DEFAULT 0 CHECK (billable_minutes >= 0),
    cost_ai_minor        bigint        NOT NULL DEFAULT 0 CHECK (cost_ai_minor >= 0),
    cost_telephony_minor bigint        NOT NULL DEFAULT 0 CHECK (cost_telephony_minor >= 0),
    cost_currency        char(3)       NOT NULL DEFAULT 'USD',
    transfer_number      varchar(16),
    recording_url        varchar(1000),
    version              bigint        NOT NULL DEFAULT 0,
    UNIQUE (id, business_id),
    -- an ended call has an outcome and an end; a live one has neither
    CHECK ((state = 'ENDED') = (outcome IS NOT NULL AND ended_at IS NOT NULL)),
    CHECK (ended_at IS NULL OR ended_at >= started_at),
    CHECK (answered_at IS NULL OR answered_at >= started_at)
);
CREATE UNIQUE INDEX call_sessions_external_key ON call_sessions (external_call_id) WHERE external_call_id IS NOT NULL;
-- dashboard: newest first per business, with keyset pagination on (started_at, id)
CREATE INDEX call_sessions_business_started_idx ON call_sessions (business_id, started_at DESC, id DESC);
CREATE INDEX call_sessions_business_outcome_idx ON call_sessions (business_id, outcome, started_at DESC);
CREATE INDEX call_sessions_business_intent_idx ON call_sessions (business_id, intent, started_at DESC);
-- concurrent-call cap: count live calls per business
CREATE INDEX call_sessions_live_idx ON call_sessions (business_id) WHERE state <> 'ENDED';

CREATE TABLE call_transcript_turns (
    call_id            uuid          NOT NULL REFERENCES call_sessions (id) ON DELETE CASCADE,
    seq                integer       NOT NULL CHECK (seq >= 0),
    speaker            varchar(8)    NOT NULL CHECK (speaker IN ('CALLER', 'AGENT')),
    text               varchar(8000) NOT NULL,
    spoken_at          timestamptz   NOT NULL,
    PRIMARY KEY (call_id, seq)
);

CREATE TABLE messages (
    id                 uuid          PRIMARY KEY,
    business_id        uuid          NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    call_id            uuid,
    caller_name        varchar(120),
    callback_number    varchar(64),
    reason             varchar(1000) NOT NULL,
    urgency            varchar(8)    NOT NULL CHECK (urgency IN ('LOW', 'NORMAL', 'URGENT')),
    created_at         timestamptz   NOT NULL,
    read_at            timestamptz,
    CHECK (read_at IS NULL OR read_at >= created_at),
    -- a message can only belong to a call of the same business
    FOREIGN KEY (call_id, business_id) REFERENCES call_sessions (id, business_id) ON DELETE SET NULL (call_id)
);
CREATE INDEX messages_business_created_idx ON messages (business_id, created_at DESC, id DESC);
CREATE INDEX messages_business_unread_idx ON messages (business_id, created_at DESC) WHERE read_at IS NULL;
CREATE INDEX messages_call_idx ON messages (call_id) WHERE call_id IS NOT NULL;

-- Metered minutes: exactly one row per call, so a minute is never counted twice or lost.
CREATE TABLE usage_minutes (
    call_id            uuid          PRIMARY KEY,
    business_id        uuid          NOT NULL,
    minutes            integer       NOT NULL CHECK (minutes >= 0),
    seconds            integer       NOT NULL CHECK (seconds >= 0),
    recorded_at        timestamptz   NOT NULL,
    FOREIGN KEY (call_id, business_id) REFERENCES call_sessions (id, business_id) ON DELETE CASCADE
);
CREATE INDEX usage_minutes_business_recorded_idx ON usage_minutes (business_id, recorded_at);

-- Idempotency store for inbound events (webhooks): an id seen once is never applied again.
CREATE TABLE processed_events (
    source             varchar(32)   NOT NULL,
    event_id           varchar(255)  NOT NULL,
    processed_at       timestamptz   NOT NULL,
    PRIMARY KEY (source, event_id)
);
