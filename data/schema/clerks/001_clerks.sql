-- The counter clerks who may use this kiosk or desk PC, added by IT staff with
-- `municipal-kiosk --clerk-add`. Same shape as the server's editors (AccountBook): PBKDF2
-- password hashes with the iteration count inside, and the lockout count kept on disk.
CREATE TABLE clerks (
    name            TEXT PRIMARY KEY,
    password_hash   TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    disabled_at     TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    full_name       TEXT NOT NULL DEFAULT ''  -- as printed on receipts
) WITHOUT ROWID;

-- Every clerk action (log in and out, lockouts, entries on a resident's behalf, retries,
-- edits, discards with their reason, printed receipts), with the clerk's account name. It
-- names submissions by receipt and reference only: no resident's details.
CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_time ON audit_log (at);
