-- What citizens sent from this kiosk, until the server has it. Precious: opened with
-- synchronous=FULL and never rebuilt; personal data is erased once the server accepts an item.
CREATE TABLE submissions (
    local_id        INTEGER PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,   -- a UUID made with the item, sent with every try
    receipt         TEXT NOT NULL UNIQUE,   -- shown to the citizen at once
    type            TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    summary         TEXT NOT NULL DEFAULT '', -- no personal data: a category, a survey
    body            TEXT,                   -- the exact request body; NULL once accepted
    state           TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'rejected')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    reference       TEXT,                   -- the server's reference, once accepted
    status          TEXT,                   -- its public status
    sent_at         TEXT
);

CREATE INDEX submissions_due ON submissions (state, next_attempt_at);
