-- What citizens sent. The personal data stays here; only the public status (reference,
-- status, note) goes out through the change feed, as the `statuses` collection.
CREATE TABLE submissions (
    reference       TEXT PRIMARY KEY,       -- MUN-2026-000123
    idempotency_key TEXT NOT NULL UNIQUE,   -- one submission per key, whatever the replays
    body_hash       TEXT NOT NULL,          -- SHA-256 of the request body, to spot a reused key
    type            TEXT NOT NULL,
    device          TEXT NOT NULL,          -- the kiosk that sent it
    created_at      TEXT NOT NULL,          -- when the citizen pressed "send", as the kiosk says
    received_at     TEXT NOT NULL,
    locale          TEXT NOT NULL,
    payload         TEXT NOT NULL,
    status          TEXT NOT NULL,
    status_note     TEXT NOT NULL DEFAULT '',
    answer          TEXT NOT NULL           -- the first answer, repeated to replays
);

CREATE TABLE reference_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);
