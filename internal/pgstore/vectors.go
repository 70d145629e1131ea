package pgstore

import (
	"context"
	"errors"
	"fmt"

	"github.com/almaty-news/newsbot/internal/retrieve"
	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"
)

// embedderRow is an embedder's id and vector dimension in the store.
type embedderRow struct {
	id, dim int
}

// embedMissing embeds, in batches, the passages that have no vector from
// opt.Embedder, and returns how many it embedded.
func (s *Store) embedMissing(ctx context.Context, tx pgx.Tx, opt SyncOptions) (int, error) {
	identity := opt.Embedder.Identity()
	rows, err := tx.Query(ctx, `SELECT c.id, c.body FROM chunks c WHERE NOT EXISTS (
		SELECT 1 FROM embeddings e JOIN embedders m ON m.id = e.embedder_id
		WHERE e.chunk_id = c.id AND m.identity = $1) ORDER BY c.id`, identity)
	if err != nil {
		return 0, fmt.Errorf("find passages to embed: %w", err)
	}
	ids, texts, err := collectPairs(rows)
	if err != nil {
		return 0, fmt.Errorf("find passages to embed: %w", err)
	}
	batch := opt.BatchSize
	if batch <= 0 {
		batch = retrieve.DefaultBatchSize
	}
	var emb embedderRow
	for start := 0; start < len(ids); start += batch {
		end := min(start+batch, len(ids))
		vs, err := opt.Embedder.Embed(ctx, texts[start:end])
		if err != nil {
			return 0, embedError{fmt.Errorf("embed passage %s: %w", ids[start], err)}
		}
		if len(vs) != end-start || len(vs[0]) == 0 {
			return 0, embedError{fmt.Errorf("embed passage %s: %w", ids[start], retrieve.ErrBadVector)}
		}
		if emb.id == 0 {
			if emb, err = registerEmbedder(ctx, tx, identity, len(vs[0])); err != nil {
				return 0, err
			}
		}
		b := &pgx.Batch{}
		for j, v := range vs {
			if len(v) != emb.dim {
				return 0, embedError{fmt.Errorf("embed passage %s: %w: dimension %d, want %d", ids[start+j], retrieve.ErrBadVector, len(v), emb.dim)}
			}
			if err := retrieve.Normalize(v); err != nil { // as the in-process store does: the re-rank takes dot products for cosines
				return 0, embedError{fmt.Errorf("embed passage %s: %w", ids[start+j], err)}
			}
			b.Queue(`INSERT INTO embeddings (chunk_id, embedder_id, embedding) VALUES ($1, $2, $3)
				ON CONFLICT DO NOTHING`, ids[start+j], emb.id, pgvector.NewVector(v))
		}
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return 0, fmt.Errorf("store vectors: %w", err)
		}
	}
	return len(ids), nil
}

// registerEmbedder records an embedder and creates the HNSW index over
// its vectors (cosine), a partial index since each embedder has its own
// dimension.
func registerEmbedder(ctx context.Context, tx pgx.Tx, identity string, dim int) (embedderRow, error) {
	if _, err := tx.Exec(ctx, `INSERT INTO embedders (identity, dimension) VALUES ($1, $2)
		ON CONFLICT (identity) DO NOTHING`, identity, dim); err != nil {
		return embedderRow{}, fmt.Errorf("register embedder: %w", err)
	}
	var e embedderRow
	if err := tx.QueryRow(ctx, `SELECT id, dimension FROM embedders WHERE identity = $1`, identity).Scan(&e.id, &e.dim); err != nil {
		return embedderRow{}, fmt.Errorf("register embedder: %w", err)
	}
	if e.dim != dim {
		return embedderRow{}, fmt.Errorf("register embedder %q: %w: dimension %d, stored %d", identity, retrieve.ErrBadVector, dim, e.dim)
	}
	// Both values are integers from the database: nothing to quote.
	sql := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS embeddings_hnsw_%d ON embeddings
		USING hnsw ((embedding::vector(%d)) vector_cosine_ops) WHERE embedder_id = %d`, e.id, e.dim, e.id)
	if _, err := tx.Exec(ctx, sql); err != nil {
		return embedderRow{}, fmt.Errorf("index embedder vectors: %w", err)
	}
	return e, nil
}

// embedder returns the stored embedder with identity, ok false when no
// vector from it is stored.
func (s *Store) embedder(ctx context.Context, identity string) (embedderRow, bool, error) {
	var e embedderRow
	err := s.pool.QueryRow(ctx, `SELECT id, dimension FROM embedders WHERE identity = $1`, identity).Scan(&e.id, &e.dim)
	if errors.Is(err, pgx.ErrNoRows) {
		return e, false, nil
	}
	if err != nil {
		return e, false, err
	}
	return e, true, nil
}

// collectPairs reads rows of two text columns.
func collectPairs(rows pgx.Rows) (a, b []string, err error) {
	defer rows.Close()
	for rows.Next() {
		var x, y string
		if err := rows.Scan(&x, &y); err != nil {
			return nil, nil, err
		}
		a, b = append(a, x), append(b, y)
	}
	return a, b, rows.Err()
}

// embedError is a failure of the embedder, not of the database: the
// store reports it as it is, not as the database being unreachable.
type embedError struct{ err error }

func (e embedError) Error() string { return e.err.Error() }
func (e embedError) Unwrap() error { return e.err }
