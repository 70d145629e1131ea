-- Passages are ranked by words in the bot process (BM25 with the
-- lexicon's expansions, internal/retrieve), which question analysis needs
-- anyway: the full-text column and its GIN index only slowed ingest.
DROP INDEX IF EXISTS chunks_tsv_idx;
ALTER TABLE chunks DROP COLUMN IF EXISTS tsv;
