-- Lists (every news item, every law) read only a few small fields of each item, but `data`
-- holds the whole text, and reading a row reads all of it: listing ten thousand laws read
-- their two hundred megabytes. Each item now also keeps its list form (its JSON without body
-- and text), and an index holding it in list order answers a list query by itself, without
-- touching the long rows. ContentStore writes list_data with data.
ALTER TABLE items ADD COLUMN list_data TEXT NOT NULL DEFAULT '{}';

UPDATE items SET list_data = json_remove(data, '$.body', '$.text');

CREATE INDEX items_for_lists ON items (collection, sort_key, id, title, category, list_data);

-- A prefix of the new index.
DROP INDEX items_by_sort_key;
