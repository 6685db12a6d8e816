-- The kiosk's content cache: rebuildable from the server at any time.
CREATE TABLE items (
    collection TEXT NOT NULL,
    id         TEXT NOT NULL,
    seq        INTEGER NOT NULL,      -- the change that last put this item
    title      TEXT NOT NULL,
    category   TEXT NOT NULL DEFAULT '',
    sort_key   TEXT NOT NULL DEFAULT '',
    data       TEXT NOT NULL,         -- the item's JSON as the server sent it
    PRIMARY KEY (collection, id)
) WITHOUT ROWID;

CREATE INDEX items_by_sort_key ON items (collection, sort_key);

-- Small key/value facts about the sync: cursor, last successful sync, ETag.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO sync_state (key, value) VALUES ('cursor', '0');

-- Changes the kiosk could not accept (an item of the wrong shape): kept for IT staff to see.
CREATE TABLE rejected_changes (
    seq        INTEGER PRIMARY KEY,
    collection TEXT NOT NULL,
    id         TEXT NOT NULL,
    reason     TEXT NOT NULL
);
