-- Phone-number provisioning: one record per business of how far getting its number has come, so
-- that a failure or a crash at any step is continued later and never buys a second number.

CREATE TABLE number_provisioning (
    business_id        uuid          PRIMARY KEY REFERENCES businesses (id) ON DELETE CASCADE,
    state              varchar(16)   NOT NULL
        CHECK (state IN ('REQUESTED', 'NUMBER_CHOSEN', 'ATTACHED', 'BOUND', 'DONE', 'FAILED', 'RELEASED')),
    -- the number chosen before it is bought, and the provider's way to buy exactly it
    offer_number       varchar(16)   CHECK (offer_number ~ '^\+[1-9][0-9]{7,14}$'),
    offer_reference    varchar(255)  CHECK (length(btrim(offer_reference)) > 0),
    -- the number once bought, and the provider's id of it
    phone_number       varchar(16)   CHECK (phone_number ~ '^\+[1-9][0-9]{7,14}$'),
    phone_id           varchar(64)   CHECK (length(btrim(phone_id)) > 0),
    attempts           integer       NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error         varchar(500),
    -- a retry time, or while a server works on it, the end of its lease
    next_attempt_at    timestamptz,
    release_after      timestamptz,
    requested_at       timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    version            bigint        NOT NULL DEFAULT 0,
    CONSTRAINT number_provisioning_offer_check CHECK ((offer_number IS NULL) = (offer_reference IS NULL)),
    CONSTRAINT number_provisioning_number_check CHECK ((phone_number IS NULL) = (phone_id IS NULL)),
    CONSTRAINT number_provisioning_bought_check CHECK (phone_number IS NULL OR offer_number IS NOT NULL),
    CONSTRAINT number_provisioning_steps_check CHECK (
        (state <> 'NUMBER_CHOSEN' OR offer_number IS NOT NULL)
        AND (state NOT IN ('ATTACHED', 'BOUND', 'DONE') OR phone_number IS NOT NULL))
);

-- the periodic check: work that is due, and numbers whose release time has come
CREATE INDEX number_provisioning_due_idx ON number_provisioning (next_attempt_at)
    WHERE state IN ('REQUESTED', 'NUMBER_CHOSEN', 'ATTACHED', 'BOUND');
CREATE INDEX number_provisioning_release_idx ON number_provisioning (release_after)
    WHERE release_after IS NOT NULL AND state <> 'RELEASED';
