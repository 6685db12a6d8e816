-- The latest heartbeat of each kiosk, replaced by the next one: enough for IT staff to spot a
-- kiosk that fell silent, lags behind the feed, cannot upload or runs out of disk, without
-- keeping a history nobody reads. Only counts and ages: a heartbeat never carries what
-- citizens sent. NULL means the kiosk could not tell (or, for the times, there is none).
CREATE TABLE heartbeats (
    device            TEXT PRIMARY KEY,      -- the name its device token was issued to
    received_at       TEXT NOT NULL,         -- the server's clock (UTC), not the kiosk's
    version           TEXT NOT NULL,
    cursor            INTEGER NOT NULL CHECK (cursor >= 0),
    outbox_pending    INTEGER CHECK (outbox_pending >= 0),
    oldest_pending_at TEXT,                  -- the oldest pending submission's creation
    free_disk_bytes   INTEGER CHECK (free_disk_bytes >= 0),
    last_error        TEXT NOT NULL DEFAULT '' CHECK (length(last_error) <= 300),
    last_sync_at      TEXT
) WITHOUT ROWID;
