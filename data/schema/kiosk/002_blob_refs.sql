-- Which items refer to which blobs (images, PDFs), so that the kiosk knows what to fetch and
-- what it may delete without reading every item's JSON.
CREATE TABLE blob_refs (
    sha256     TEXT NOT NULL,
    collection TEXT NOT NULL,
    id         TEXT NOT NULL,
    PRIMARY KEY (sha256, collection, id)
) WITHOUT ROWID;

CREATE INDEX blob_refs_by_item ON blob_refs (collection, id);
