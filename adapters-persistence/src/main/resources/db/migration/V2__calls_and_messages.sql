-- Calls and messages: the facts of a call session and of a message that V1 did not store, and
-- rules that keep every row consistent with what the domain allows.

-- ---------------------------------------------------------------- call_sessions
ALTER TABLE call_sessions
    -- the caller id is kept as the provider sent it (a number, "anonymous", a SIP address)
    ALTER COLUMN caller_number TYPE varchar(255),
    ALTER COLUMN caller_number SET NOT NULL,
    ALTER COLUMN called_number TYPE varchar(255),
    ALTER COLUMN called_number SET NOT NULL,
    ADD COLUMN authorized_at     timestamptz,
    ADD COLUMN rejection_reason  varchar(32),
    ADD COLUMN transfer_attempts integer NOT NULL DEFAULT 0,
    ADD COLUMN linked_message_id uuid,
    -- no cost recorded is not the same as a cost of zero: all three columns or none
    ALTER COLUMN cost_ai_minor DROP NOT NULL,
    ALTER COLUMN cost_ai_minor DROP DEFAULT,
    ALTER COLUMN cost_telephony_minor DROP NOT NULL,
    ALTER COLUMN cost_telephony_minor DROP DEFAULT,
    ALTER COLUMN cost_currency DROP NOT NULL,
    ALTER COLUMN cost_currency DROP DEFAULT;

ALTER TABLE call_sessions
    ADD CONSTRAINT call_sessions_caller_number_check CHECK (length(btrim(caller_number)) > 0),
    ADD CONSTRAINT call_sessions_called_number_check CHECK (length(btrim(called_number)) > 0),
    ADD CONSTRAINT call_sessions_external_call_id_check
        CHECK (external_call_id IS NULL OR length(btrim(external_call_id)) > 0),
    ADD CONSTRAINT call_sessions_rejection_reason_check
        CHECK (rejection_reason IN ('BUSINESS_SUSPENDED', 'NO_SUBSCRIPTION', 'PLAN_UNKNOWN', 'SUBSCRIPTION_INACTIVE',
                                    'PAYMENT_OVERDUE', 'SUBSCRIPTION_ENDED', 'SETUP_NOT_FINALIZED',
                                    'MINUTES_EXHAUSTED', 'CONCURRENT_CALL_LIMIT')),
    -- only a rejected call says why it was rejected (a live call has no outcome: NULL must not pass)
    ADD CONSTRAINT call_sessions_rejection_outcome_check
        CHECK (rejection_reason IS NULL OR outcome IS NOT DISTINCT FROM 'REJECTED'),
    ADD CONSTRAINT call_sessions_transfer_attempts_check CHECK (transfer_attempts >= 0),
    ADD CONSTRAINT call_sessions_transfer_number_check CHECK (transfer_number ~ '^\+[1-9][0-9]{7,14}$'),
    ADD CONSTRAINT call_sessions_cost_check
        CHECK ((cost_ai_minor IS NULL) = (cost_telephony_minor IS NULL)
               AND (cost_ai_minor IS NULL) = (cost_currency IS NULL)),
    ADD CONSTRAINT call_sessions_cost_currency_check CHECK (cost_currency ~ '^[A-Z]{3}$'),
    ADD CONSTRAINT call_sessions_summary_check CHECK (length(btrim(summary)) > 0),
    -- authorization grants a maximum duration: both or neither
    ADD CONSTRAINT call_sessions_authorization_check
        CHECK ((authorized_at IS NULL) = (max_duration_seconds IS NULL)),
    -- the facts each state needs, and those it cannot have yet
    ADD CONSTRAINT call_sessions_ringing_check
        CHECK (state <> 'RINGING' OR (authorized_at IS NULL AND answered_at IS NULL)),
    ADD CONSTRAINT call_sessions_authorized_check
        CHECK (state <> 'AUTHORIZED' OR (authorized_at IS NOT NULL AND answered_at IS NULL)),
    ADD CONSTRAINT call_sessions_conversation_check
        CHECK (state NOT IN ('IN_CONVERSATION', 'TRANSFERRING') OR answered_at IS NOT NULL),
    ADD CONSTRAINT call_sessions_transferring_check
        CHECK (state <> 'TRANSFERRING' OR transfer_number IS NOT NULL),
    -- a call is answered only after it was authorized, and ends after it was answered
    ADD CONSTRAINT call_sessions_answered_check
        CHECK (answered_at IS NULL OR (authorized_at IS NOT NULL AND answered_at >= authorized_at)),
    ADD CONSTRAINT call_sessions_authorized_at_check CHECK (authorized_at IS NULL OR authorized_at >= started_at),
    ADD CONSTRAINT call_sessions_ended_after_answer_check CHECK (ended_at IS NULL OR ended_at >= answered_at),
    -- a duration is known once the call ended
    ADD CONSTRAINT call_sessions_duration_check CHECK (duration_seconds IS NULL OR state = 'ENDED');

-- A message can link only to a message taken on this very call (and so of the same business).
-- Deferred to commit, so the call and its message may be written in either order.
ALTER TABLE messages ADD CONSTRAINT messages_id_call_key UNIQUE (id, call_id);
ALTER TABLE call_sessions
    ADD CONSTRAINT call_sessions_linked_message_fkey FOREIGN KEY (linked_message_id, id)
        REFERENCES messages (id, call_id) ON DELETE SET NULL (linked_message_id)
        DEFERRABLE INITIALLY DEFERRED;

-- dashboard filter "has a message"
CREATE INDEX call_sessions_business_with_message_idx ON call_sessions (business_id, started_at DESC, id DESC)
    WHERE linked_message_id IS NOT NULL;

-- ---------------------------------------------------------------- messages
ALTER TABLE messages
    -- the E.164 form, when what the caller gave is a valid number
    ALTER COLUMN callback_number TYPE varchar(16),
    ADD COLUMN callback_number_as_given varchar(40),
    ADD COLUMN caller_email             varchar(254);

ALTER TABLE messages
    ADD CONSTRAINT messages_caller_name_check CHECK (length(btrim(caller_name)) > 0),
    ADD CONSTRAINT messages_callback_number_check CHECK (callback_number ~ '^\+[1-9][0-9]{7,14}$'),
    ADD CONSTRAINT messages_callback_number_as_given_check CHECK (length(btrim(callback_number_as_given)) > 0),
    ADD CONSTRAINT messages_caller_email_check CHECK (length(btrim(caller_email)) > 0),
    -- a message says at least who called, how to call back, or why
    ADD CONSTRAINT messages_content_check
        CHECK (caller_name IS NOT NULL OR callback_number IS NOT NULL OR callback_number_as_given IS NOT NULL
               OR length(btrim(reason)) > 0);

-- dashboard: unread first page and filters, all newest first with keyset pagination on (created_at, id)
DROP INDEX messages_business_unread_idx;
CREATE INDEX messages_business_unread_idx ON messages (business_id, created_at DESC, id DESC) WHERE read_at IS NULL;
CREATE INDEX messages_business_urgency_idx ON messages (business_id, urgency, created_at DESC, id DESC);

-- ---------------------------------------------------------------- usage_minutes
-- billable minutes are the seconds rounded up (a fraction of a second may add one more minute);
-- this also catches the two figures swapped
ALTER TABLE usage_minutes
    ADD CONSTRAINT usage_minutes_figures_check CHECK (minutes::bigint * 60 BETWEEN seconds AND seconds::bigint + 60);

-- ---------------------------------------------------------------- processed_events
ALTER TABLE processed_events
    ADD CONSTRAINT processed_events_key_check CHECK (length(btrim(source)) > 0 AND length(btrim(event_id)) > 0);
