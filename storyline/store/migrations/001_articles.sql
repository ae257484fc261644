-- Articles, the inputs they came from, and near-duplicate links.
CREATE TABLE articles (
    id            TEXT PRIMARY KEY,          -- hash of the normalised body
    url           TEXT,
    outlet        TEXT,
    title         TEXT,
    published     TEXT,                      -- ISO date
    language      TEXT,
    source        TEXT NOT NULL,             -- first input it was read from
    source_format TEXT NOT NULL,
    duplicate_of  TEXT REFERENCES articles(id),  -- near-duplicate of an earlier article
    similarity    REAL,                      -- estimated Jaccard with duplicate_of
    record        TEXT NOT NULL,             -- the whole Article as JSON
    minhash       BLOB,                      -- MinHash signature for near-duplicate search
    ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_duplicate ON articles(duplicate_of);

-- Every input (file, or file#record) seen, and what became of it.
CREATE TABLE inputs (
    source     TEXT PRIMARY KEY,
    status     TEXT NOT NULL CHECK (status IN ('ingested', 'duplicate', 'near-duplicate', 'rejected')),
    article_id TEXT REFERENCES articles(id),
    reason     TEXT,
    seen_at    TEXT NOT NULL
);
CREATE INDEX inputs_status ON inputs(status);
