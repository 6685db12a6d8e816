-- Full-text search over legal texts: one row for a law's title and summary (part 0), then one
-- per article (parts 1..n; the text before the first article is a part with an empty label),
-- so that a hit names its article and snippets come from a short text. The mk_spanish
-- tokenizer (SpanishTokenizer) ignores case and accents but keeps ñ apart from n; every
-- connection registers it before this script runs.
CREATE VIRTUAL TABLE legal_fts USING fts5(
    title,                -- the law's title, on part 0 only, weighted above the body
    body,                 -- the summary (part 0) or the article's text
    legal_id UNINDEXED,
    label UNINDEXED,      -- 'Artículo 12', or empty
    tokenize = 'mk_spanish',
    prefix = '2 3'        -- the last word typed is searched as a prefix
);

-- Which FTS rows belong to which law: legal_fts.rowid = legal_fts_rows.id.
CREATE TABLE legal_fts_rows (
    id       INTEGER PRIMARY KEY,
    legal_id TEXT NOT NULL,
    part     INTEGER NOT NULL,
    UNIQUE (legal_id, part)
);

-- Laws already in the cache are indexed whole (title and summary, then the full text as one
-- part without an article label); the next put of each law, or a resync, splits it by article.
INSERT INTO legal_fts_rows (legal_id, part)
    SELECT id, 0 FROM items WHERE collection = 'legal';
INSERT INTO legal_fts_rows (legal_id, part)
    SELECT id, 1 FROM items WHERE collection = 'legal';
INSERT INTO legal_fts (rowid, title, body, legal_id, label)
    SELECT r.id,
           CASE r.part WHEN 0 THEN i.title ELSE '' END,
           coalesce(json_extract(i.data, CASE r.part WHEN 0 THEN '$.summary' ELSE '$.text' END), ''),
           r.legal_id,
           ''
    FROM legal_fts_rows AS r JOIN items AS i ON i.collection = 'legal' AND i.id = r.legal_id;
