-- Who decided what about a forum post, and when. A forum post reaches kiosks only after a
-- moderator approves it; the log also answers "who published this?" after the fact, so rows
-- are only ever added. No foreign key to submissions: the record of a decision must outlive a
-- submission purged for data retention (it holds no personal data of the citizen).
CREATE TABLE moderation (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL,          -- the submission, MUN-2026-000123
    decision    TEXT NOT NULL CHECK (decision IN ('approved', 'rejected', 'withdrawn')),
    moderator   TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '', -- shown to the citizen for a rejection or withdrawal
    decided_at  TEXT NOT NULL
);

-- One first decision per post, and at most one withdrawal: two moderators (or two admin
-- processes) deciding at once cannot both win.
CREATE UNIQUE INDEX moderation_first_decision ON moderation (reference)
    WHERE decision IN ('approved', 'rejected');
CREATE UNIQUE INDEX moderation_one_withdrawal ON moderation (reference)
    WHERE decision = 'withdrawn';
