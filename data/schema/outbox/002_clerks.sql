-- Clerks: who entered an item on a resident's behalf, and the items a clerk discarded after
-- the server refused them (their reason goes to the clerks' audit log as well). SQLite cannot
-- widen a CHECK constraint in place, so the table is copied; it holds a few hundred rows.
CREATE TABLE submissions_new (
    local_id        INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    receipt         TEXT NOT NULL UNIQUE,
    type            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    summary         TEXT NOT NULL DEFAULT '',
    body            TEXT,                   -- NULL once accepted or discarded
    state           TEXT NOT NULL
                    CHECK (state IN ('pending', 'sent', 'rejected', 'discarded')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    reference       TEXT,
    status          TEXT,
    sent_at         TEXT,
    clerk           TEXT NOT NULL DEFAULT '', -- the clerk's account; empty: a citizen at the kiosk
    discarded_at    TEXT,
    discard_reason  TEXT NOT NULL DEFAULT ''
);

INSERT INTO submissions_new (local_id, idempotency_key, receipt, type, created_at, summary, body,
                             state, attempts, next_attempt_at, last_error, reference, status,
                             sent_at)
    SELECT local_id, idempotency_key, receipt, type, created_at, summary, body, state, attempts,
           next_attempt_at, last_error, reference, status, sent_at
    FROM submissions;

DROP TABLE submissions;
ALTER TABLE submissions_new RENAME TO submissions;
CREATE INDEX submissions_due ON submissions (state, next_attempt_at);
