// Package pgstore is the corpus kept in Postgres, shared by several bot
// processes: the articles and their passages in tables, and the passages'
// vectors in pgvector (one HNSW cosine index per embedder), the vector
// side of every search (Vectors), so that a bot process holds no vector
// of its own; the words are ranked in the process (internal/retrieve),
// which needs their statistics to analyse questions anyway. It also holds
// what the processes share while serving: the questions each user asked
// recently (rate limits) and feedback.
//
// Open applies the versioned schema migrations (table schema_migrations)
// under an advisory lock, so processes starting together migrate once.
// Sync ingests a set of articles idempotently by content hash, one
// process at a time (an advisory lock), and notifies the others
// (LISTEN/NOTIFY) so they rebuild what they serve.
package pgstore
