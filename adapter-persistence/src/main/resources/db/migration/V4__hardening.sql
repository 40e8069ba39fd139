-- Hardening (issue 11).

-- API tokens: an id to list and revoke one by, the last use (idle timeout, written at most once a minute), and
-- the hash dropped the moment a token ends (revoked, or found expired by the sweeper), so a leaked table holds
-- nothing that works. revoked_at is when a token stopped working; the sweeper deletes rows 30 days after that.
ALTER TABLE api_token DROP CONSTRAINT api_token_pkey;
ALTER TABLE api_token ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE api_token ADD PRIMARY KEY (id);
ALTER TABLE api_token ALTER COLUMN token_hash DROP NOT NULL;
CREATE UNIQUE INDEX api_token_hash_key ON api_token (token_hash);
ALTER TABLE api_token ADD COLUMN last_used_at timestamptz;
UPDATE api_token SET token_hash = NULL WHERE revoked_at IS NOT NULL;
CREATE INDEX api_token_ended_idx ON api_token (revoked_at) WHERE revoked_at IS NOT NULL;

-- Failed logins are purged by age.
CREATE INDEX failed_login_time_idx ON failed_login (attempted_at);

-- Login throttle: each attempt is a row (email, client address, time) written before the password is checked
-- and deleted when it matches; a successful login remembers its address for 30 days (exempt from the
-- per-email ceiling, so strangers cannot lock the real till out).
ALTER TABLE failed_login ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid();
ALTER TABLE failed_login ADD COLUMN address text NOT NULL DEFAULT '';
CREATE TABLE login_address (
    email         text        NOT NULL,
    address       text        NOT NULL,
    last_login_at timestamptz NOT NULL,
    PRIMARY KEY (email, address)
);
CREATE INDEX login_address_time_idx ON login_address (last_login_at);
