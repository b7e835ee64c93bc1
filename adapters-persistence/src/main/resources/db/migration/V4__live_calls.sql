-- Live calls: which business a dialled number belongs to, and when a live call last showed
-- signs of life (so calls whose server died can be closed and metered).

CREATE TABLE business_numbers (
    phone_number       varchar(16)   PRIMARY KEY CHECK (phone_number ~ '^\+[1-9][0-9]{7,14}$'),
    business_id        uuid          NOT NULL UNIQUE REFERENCES businesses (id) ON DELETE CASCADE,
    assigned_at        timestamptz   NOT NULL
);

ALTER TABLE call_sessions
    ADD COLUMN last_activity_at timestamptz,
    ADD CONSTRAINT call_sessions_last_activity_check
        CHECK (last_activity_at IS NULL OR last_activity_at >= started_at);

-- the reconciler: live calls by their last sign of life
CREATE INDEX call_sessions_live_activity_idx ON call_sessions (coalesce(last_activity_at, started_at))
    WHERE state <> 'ENDED';
