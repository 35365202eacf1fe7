-- Bangfu schema version 2: sign-in bookkeeping.
--
-- Failed sign-ins are counted per user name on this device only (they are not
-- synced): after 5 failures in a row the name waits 30 s before the next try.
-- Names that do not exist are counted too, so the wait does not reveal which
-- names are real.
CREATE TABLE login_attempts (
    username_key     TEXT PRIMARY KEY,     -- lower-cased user name
    failures         INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_failure_at  TEXT                  -- UTC ISO timestamp
);

CREATE INDEX audit_log_at ON audit_log(at_utc);
