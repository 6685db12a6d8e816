-- Home shows the first events not over yet. Telling whether an event is over meant reading its
-- JSON and its dates with their offsets, row by row, through every past event (thousands, in a
-- large municipality, each time a sync refreshed Home). Each item now keeps when it is over as
-- sortable UTC, like sort_key (events: their end, else their start; empty for other items),
-- and an index in list order holds it, so the past events are skipped within the index.
-- ContentStore writes end_key with the item.
ALTER TABLE items ADD COLUMN end_key TEXT NOT NULL DEFAULT '';

-- strftime() turns any offset written hh:mm into UTC; a date it cannot read keeps the start.
UPDATE items SET end_key = coalesce(
        strftime('%Y-%m-%dT%H:%M:%SZ',
                 coalesce(nullif(json_extract(data, '$.ends_at'), ''),
                          json_extract(data, '$.starts_at'))),
        sort_key)
    WHERE collection = 'events';

CREATE INDEX items_by_end ON items (collection, sort_key, id, end_key);
