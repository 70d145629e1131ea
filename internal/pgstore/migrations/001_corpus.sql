CREATE EXTENSION IF NOT EXISTS vector;

-- One row per article: the file as ingested, re-parsed by corpus.Parse.
CREATE TABLE documents (
    id           text PRIMARY KEY,
    path         text NOT NULL,
    content      text NOT NULL,
    content_hash text NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Passages of the articles; byte offsets into documents.content.
CREATE TABLE chunks (
    id         text PRIMARY KEY,
    doc_id     text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal    integer NOT NULL,
    start_byte integer NOT NULL,
    end_byte   integer NOT NULL,
    body       text NOT NULL,
    tsv        tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED
);
CREATE INDEX chunks_doc_idx ON chunks (doc_id);
CREATE INDEX chunks_tsv_idx ON chunks USING gin (tsv);

-- Each embedder (its identity names model and settings) gets an id and,
-- at first use, its own partial HNSW index over vectors of its dimension.
CREATE TABLE embedders (
    id        serial PRIMARY KEY,
    identity  text NOT NULL UNIQUE,
    dimension integer NOT NULL
);

CREATE TABLE embeddings (
    chunk_id    text NOT NULL REFERENCES chunks (id) ON DELETE CASCADE,
    embedder_id integer NOT NULL REFERENCES embedders (id),
    embedding   vector NOT NULL,
    PRIMARY KEY (chunk_id, embedder_id)
);

-- The corpus version, bumped by every Sync that changed something.
CREATE TABLE corpus_state (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    version   bigint NOT NULL
);
INSERT INTO corpus_state (version) VALUES (0);
