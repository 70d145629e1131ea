package pgstore

import (
	"context"
	"fmt"
	"strconv"

	"github.com/almaty-news/newsbot/internal/corpus"
	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/jackc/pgx/v5"
)

// ingestLock is the advisory lock key held while ingesting.
const ingestLock = 0x6e657773_0002 // "news", 2

// Channel is the LISTEN/NOTIFY channel on which Sync announces a new
// corpus version (the payload).
const Channel = "newsbot_corpus"

// SyncOptions configure Sync.
type SyncOptions struct {
	// Split cuts an article into the passages the store keeps, with the
	// IDs and offsets the in-process index gives them (library.Split);
	// required.
	Split    func(corpus.Document) []retrieve.Chunk
	Embedder retrieve.Embedder // required: embeds the passages that have no vector from it yet
	// Prune deletes the stored articles that are not in docs (the corpus
	// directory is the source of truth); otherwise docs are only added
	// or updated.
	Prune bool
	// Remove are IDs of articles to delete (gone from a directory) when
	// not Prune.
	Remove    []string
	BatchSize int // passages per embedding call; retrieve.DefaultBatchSize when 0
}

// SyncStats says what Sync changed.
type SyncStats struct {
	Added, Updated, Removed, Unchanged int
	Embedded                           int   // passages embedded now
	Version                            int64 // the corpus version after Sync
}

// Changed reports whether Sync changed the stored corpus.
func (st SyncStats) Changed() bool {
	return st.Added+st.Updated+st.Removed+st.Embedded > 0
}

// Sync stores docs: an article whose content hash is stored already is
// left alone, a new or changed one is (re)written with its passages, and
// passages without a vector from opt.Embedder are embedded. It runs in
// one transaction under an advisory lock, so several processes syncing at
// once ingest each change once and a failure leaves the store as it was.
// When something changed, the corpus version is bumped and announced on
// Channel.
func (s *Store) Sync(ctx context.Context, docs []corpus.Document, opt SyncOptions) (SyncStats, error) {
	var st SyncStats
	if opt.Embedder == nil || opt.Split == nil {
		return st, fmt.Errorf("sync store: an embedder and a splitter are required")
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(ingestLock)); err != nil {
			return fmt.Errorf("lock: %w", err)
		}
		if err := writeDocuments(ctx, tx, docs, opt, &st); err != nil {
			return err
		}
		n, err := s.embedMissing(ctx, tx, opt)
		if err != nil {
			return err
		}
		st.Embedded = n
		if !st.Changed() {
			return tx.QueryRow(ctx, `SELECT version FROM corpus_state`).Scan(&st.Version)
		}
		if err := tx.QueryRow(ctx, `UPDATE corpus_state SET version = version + 1 RETURNING version`).Scan(&st.Version); err != nil {
			return fmt.Errorf("bump version: %w", err)
		}
		_, err = tx.Exec(ctx, `SELECT pg_notify($1, $2)`, Channel, strconv.FormatInt(st.Version, 10))
		return err
	})
	if err != nil {
		return SyncStats{}, s.wrap("sync store", err)
	}
	return st, nil
}

// writeDocuments upserts the new and changed articles with their passages
// and, with opt.Prune, deletes the others.
func writeDocuments(ctx context.Context, tx pgx.Tx, docs []corpus.Document, opt SyncOptions, st *SyncStats) error {
	stored := map[string]string{}
	rows, err := tx.Query(ctx, `SELECT id, content_hash FROM documents`)
	if err != nil {
		return fmt.Errorf("read documents: %w", err)
	}
	for rows.Next() {
		var id, hash string
		if err := rows.Scan(&id, &hash); err != nil {
			return fmt.Errorf("read documents: %w", err)
		}
		stored[id] = hash
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read documents: %w", err)
	}
	keep := map[string]bool{}
	for _, d := range docs {
		keep[d.ID] = true
		hash, ok := stored[d.ID]
		switch {
		case ok && hash == d.Hash:
			st.Unchanged++
			continue
		case ok:
			st.Updated++
		default:
			st.Added++
		}
		if err := writeDocument(ctx, tx, d, opt.Split); err != nil {
			return fmt.Errorf("write %s: %w", d.ID, err)
		}
	}
	remove := opt.Remove
	if opt.Prune {
		remove = nil
		for id := range stored {
			remove = append(remove, id)
		}
	}
	for _, id := range remove {
		if _, ok := stored[id]; !ok || keep[id] {
			continue
		}
		if _, err := tx.Exec(ctx, `DELETE FROM documents WHERE id = $1`, id); err != nil {
			return fmt.Errorf("remove %s: %w", id, err)
		}
		st.Removed++
	}
	return nil
}

// writeDocument replaces one article and its passages.
func writeDocument(ctx context.Context, tx pgx.Tx, d corpus.Document, split func(corpus.Document) []retrieve.Chunk) error {
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO documents (id, path, content, content_hash) VALUES ($1, $2, $3, $4)
		ON CONFLICT (id) DO UPDATE SET path = excluded.path, content = excluded.content,
		content_hash = excluded.content_hash, updated_at = now()`, d.ID, d.Path, d.Text, d.Hash)
	b.Queue(`DELETE FROM chunks WHERE doc_id = $1`, d.ID)
	for _, c := range split(d) {
		b.Queue(`INSERT INTO chunks (id, doc_id, ordinal, start_byte, end_byte, body) VALUES ($1, $2, $3, $4, $5, $6)`,
			c.ID, c.DocID, c.Ordinal, c.Start, c.End, c.Text)
	}
	return tx.SendBatch(ctx, b).Close()
}
