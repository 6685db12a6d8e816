-- The central server's store. The change feed keeps only the latest change of each item:
-- publishing an item again deletes its older change and appends a new one with a higher seq,
-- so a kiosk that reads the feed from any cursor ends with the current state, and the feed
-- never grows beyond one row per item (plus tombstones until compaction).
CREATE TABLE changes (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    collection   TEXT NOT NULL,
    id           TEXT NOT NULL,
    op           TEXT NOT NULL CHECK (op IN ('put', 'delete')),
    data         TEXT,                -- compact JSON for 'put', NULL for 'delete'
    committed_at TEXT NOT NULL
);

CREATE UNIQUE INDEX changes_by_item ON changes (collection, id);

-- Kiosks and the hash of their device token; the token itself is shown once, when issued.
CREATE TABLE devices (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    token_hash   TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    revoked_at   TEXT,
    last_seen_at TEXT
);

CREATE TABLE server_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Kiosks asking for changes since a seq below the floor must rebuild their cache (410).
INSERT INTO server_state (key, value) VALUES ('floor', '0');
