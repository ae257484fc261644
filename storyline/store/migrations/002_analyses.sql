-- One analysis per article: the components' versions that made it and their records as JSON.
CREATE TABLE analyses (
    article_id  TEXT PRIMARY KEY REFERENCES articles(id),
    versions    TEXT NOT NULL,               -- e.g. storyline.mentions.v1+storyline.entities.v1+...
    status      TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
    error       TEXT,
    result      TEXT,                        -- JSON: mentions, entities, quotes, timexes, places, events
    analyzed_at TEXT NOT NULL
);

-- Canonical entities across articles, rebuilt by linking after each analysis run.
CREATE TABLE entities (
    id       TEXT PRIMARY KEY,               -- stable: derived from label and canonical key
    name     TEXT NOT NULL,
    label    TEXT NOT NULL,
    country  TEXT,
    code     TEXT,
    record   TEXT NOT NULL                   -- JSON: aliases, roles over time, codes with evidence
);
CREATE TABLE entity_links (
    article_id TEXT NOT NULL REFERENCES articles(id),
    entity_key TEXT NOT NULL,                -- Entity.key within the article
    entity_id  TEXT NOT NULL REFERENCES entities(id),
    PRIMARY KEY (article_id, entity_key)
);
CREATE INDEX entity_links_entity ON entity_links(entity_id);
