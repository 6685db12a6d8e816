-- People who publish: editors and counter clerks. Passwords are stored as PBKDF2-HMAC-SHA256
-- with a per-account salt and the iteration count in the stored string, so the count can be
-- raised later without invalidating old passwords.
CREATE TABLE editors (
    name            TEXT PRIMARY KEY,
    password_hash   TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    disabled_at     TEXT,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT
) WITHOUT ROWID;

-- Who changed what, for every change an editor makes. Kept apart from the change feed, which
-- holds only the latest state of each item.
CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    editor TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_time ON audit_log (at);
