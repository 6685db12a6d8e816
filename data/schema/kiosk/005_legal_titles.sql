-- The laws' titles in an index of their own. A word in a title means the law is about it,
-- so laws whose title matches come first in a search. Looking for them in
-- legal_fts, where titles share the index with every article, walked every article holding the
-- word, and a common word is in tens of thousands. This index has one row per law: its rowid
-- is the law's part 0 in legal_fts_rows, so LegalIndex removes it with the law's other rows.
CREATE VIRTUAL TABLE legal_titles USING fts5(title, tokenize = 'mk_spanish');

INSERT INTO legal_titles (rowid, title)
    SELECT r.id, coalesce(i.title, '')
    FROM legal_fts_rows AS r JOIN items AS i ON i.collection = 'legal' AND i.id = r.legal_id
    WHERE r.part = 0;

-- Prefix indexes for the word being typed, which counts from its third letter: without an
-- index of its own, a prefix is the union of every word starting with it, merged afresh by
-- each pass over the matches ("prop": a hundred words in seventy thousand articles). The
-- 2-letter index of 003 served prefixes no longer searched. A prefix index cannot be added to
-- a table, so the index is built anew from the text it holds.
CREATE VIRTUAL TABLE legal_fts_new USING fts5(
    title,
    body,
    legal_id UNINDEXED,
    label UNINDEXED,
    tokenize = 'mk_spanish',
    prefix = '3 4 5'
);
INSERT INTO legal_fts_new (rowid, title, body, legal_id, label)
    SELECT rowid, title, body, legal_id, label FROM legal_fts;
DROP TABLE legal_fts;
ALTER TABLE legal_fts_new RENAME TO legal_fts;
